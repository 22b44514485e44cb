package org.yieldplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole path in a real browser (headless Chromium): the list, a sample's page with its charts
 * drawn, a holdings workbook uploaded, the new scenario's page with its charts, and its projection
 * workbook downloaded; then an uploaded holding edited (the page recomputes) and the what-if control
 * moved (the success figure changes). Part of the full
 * suite ({@code -Pfull}); needs Debian's {@code chromium} and {@code chromium-driver}.
 */
@Tag("full")
class BrowserEndToEndTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path dir;

    @Test
    void listSampleUploadChartsAndDownload() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            fail("this test needs headless Chromium and its driver: apt-get install -y chromium chromium-driver"
                    + " (looked for " + CHROMIUM + " and " + DRIVER + ")");
        }
        TestSite.run(dir, (site, http) -> {
            WebDriver browser = start();
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
                browser.get(http.base() + "/");
                assertThat(browser.getTitle()).contains("Scenarios");
                browser.findElement(By.linkText("Supplemental income")).click();
                wait.until(d -> d.getCurrentUrl().endsWith("/scenarios/supplemental-income"));
                wait.until(d -> d.findElements(By.cssSelector("canvas[data-rendered=true]")).size() >= 3);
                assertThat(browser.findElement(By.tagName("body")).getText()).contains("$300,000").contains("5.86 %");
                assertThat(drawnPixels(browser, "chart-income")).as("the income chart has drawn something").isPositive();

                Path file = dir.resolve("browser holdings.xlsx");
                Files.write(file, PlannerPartsHttpTest.filledTemplate());
                browser.get(http.base() + "/upload");
                browser.findElement(By.id("file")).sendKeys(file.toString());
                browser.findElement(By.cssSelector("form.upload-form button[type=submit]")).click();
                wait.until(d -> d.getCurrentUrl().contains("/scenarios/") && !d.getCurrentUrl().endsWith("/upload"));
                wait.until(d -> d.findElements(By.cssSelector("canvas[data-rendered=true]")).size() >= 3);
                double total = org.yieldplan.workbook.HoldingsTemplate.EXAMPLES.stream()
                        .mapToDouble(org.yieldplan.portfolio.Holding::valueUsd).sum();
                String text = browser.findElement(By.tagName("body")).getText();
                assertThat(text).contains("Imported from browser holdings.xlsx")
                        .contains(org.yieldplan.web.pages.Fmt.usd(total));

                String workbook = browser.findElement(By.linkText("Workbook (.xlsx)")).getAttribute("href");
                // the uploaded scenario is the browser's own: the download carries its owner cookie
                String owner = browser.manage().getCookieNamed(org.yieldplan.web.security.OwnerToken.COOKIE).getValue();
                Http.Resp download = http.get(workbook.substring(http.base().length()),
                        "Cookie", org.yieldplan.web.security.OwnerToken.COOKIE + "=" + owner);
                assertThat(download.status()).isEqualTo(200);
                assertThat(download.header("Content-Disposition")).startsWith("attachment;").contains(".xlsx");
                assertThat(new String(download.bytes(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");   // a zip: the whole .xlsx

                // edit an uploaded holding's value: the scenario is saved and its page shows the new total
                String scenarioUrl = browser.getCurrentUrl().replaceAll("\\?.*$", "");
                browser.findElement(By.id("edit-holdings")).click();
                wait.until(d -> d.getCurrentUrl().endsWith("/holdings"));
                var value = browser.findElement(By.name("h.0.value"));
                value.clear();
                value.sendKeys("123456");
                browser.findElement(By.id("save-holdings")).click();
                wait.until(d -> d.getCurrentUrl().startsWith(scenarioUrl + "?saved"));
                double edited = total - org.yieldplan.workbook.HoldingsTemplate.EXAMPLES.get(0).valueUsd() + 123_456;
                assertThat(browser.findElement(By.tagName("body")).getText()).contains("Saved.")
                        .contains(org.yieldplan.web.pages.Fmt.usd(edited));

                // the what-if control recomputes the success figure without saving
                browser.get(http.base() + "/scenarios/supplemental-income");
                wait.until(d -> d.findElements(By.cssSelector("canvas#chart-whatif[data-rendered=true]")).size() == 1);
                String before = browser.findElement(By.id("whatif-success")).getText();
                var amount = browser.findElement(By.id("wi-annualUsd"));
                String planned = amount.getAttribute("value");
                amount.clear();
                amount.sendKeys("250000");
                wait.until(d -> d.findElement(By.id("what-if-form")).getAttribute("data-answered") != null);
                String after = browser.findElement(By.id("whatif-success")).getText();
                assertThat(after).as("success before " + before).isNotEqualTo(before).endsWith("%");
                assertThat(browser.findElement(By.id("whatif-note")).getText()).contains("not saved");
                // the assumption-set control: bear instead of base at the plan's own amount changes the figure
                amount.clear();
                amount.sendKeys(planned);
                String answered = answerAfter(wait, browser.findElement(By.id("what-if-form")).getAttribute("data-answered"));
                String onBase = browser.findElement(By.id("whatif-success")).getText();
                new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("wi-assumptions"))).selectByValue("bear");
                try {
                    answerAfter(wait, answered);
                } catch (org.openqa.selenium.TimeoutException e) {
                    fail("no what-if answer on bear: " + browser.findElement(By.id("whatif-note")).getText(), e);
                }
                assertThat(browser.findElement(By.id("whatif-success")).getText()).as("success on base " + onBase)
                        .isNotEqualTo(onBase).endsWith("%");
            } finally {
                browser.quit();
            }
        });
    }

    /** Waits for the what-if form to show an answer after {@code answered}; the new answer's number. */
    private static String answerAfter(WebDriverWait wait, String answered) {
        return wait.until(d -> {
            String now = d.findElement(By.id("what-if-form")).getAttribute("data-answered");
            return now != null && !now.equals(answered) ? now : null;
        });
    }

    private static long drawnPixels(WebDriver browser, String canvasId) {
        Object n = ((JavascriptExecutor) browser).executeScript(
                "var c = document.getElementById(arguments[0]); var d = c.getContext('2d')"
                        + ".getImageData(0, 0, c.width, c.height).data; var k = 0;"
                        + " for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) { k++; } } return k;", canvasId);
        return ((Number) n).longValue();
    }

    private static WebDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=1280,1600");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
