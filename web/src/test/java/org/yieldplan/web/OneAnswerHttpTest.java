package org.yieldplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yieldplan.cli.Main;
import org.yieldplan.json.Json;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.scenario.Figures;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.simulation.SimulationSettings;
import org.yieldplan.withdrawal.ConstantAmount;
import org.yieldplan.withdrawal.ConstantPercentage;
import org.yieldplan.withdrawal.Guardrails;
import org.yieldplan.withdrawal.IncomeOnly;
import org.yieldplan.withdrawal.WithdrawalPlan;
import org.yieldplan.withdrawal.WithdrawalStrategy;

/**
 * One answer, told the same way everywhere: for every sample and for seeded random scenarios, the page, the JSON,
 * the CLI's text and JSON and the workbook agree on the plan's measure (success or goal met), the safe withdrawal,
 * the median depletion year and the simulated median balance of every year (to the cent where a figure is held
 * whole, to the displayed dollar where it is printed); the Projection follows the plan table; no page says that
 * withdrawals are paid when too few paths pay them, and no plan that cannot run out shows a success probability.
 */
class OneAnswerHttpTest {

    /** Paths each scenario is simulated with here: a small run, the same in every rendering. */
    private static final int PATHS = 1_000;

    @TempDir
    Path dir;

    /** The samples and six seeded random scenarios, each with {@value #PATHS} paths. */
    private static List<Scenario> scenarios() {
        List<Scenario> out = new ArrayList<>();
        for (Scenario s : SampleFiles.scenarios()) {
            out.add(s.withPlan(s.withdrawal(), s.simulation().with(PATHS, null, null)));
        }
        Random rnd = new Random(13);
        String[] templates = {"income-core", "defi-yield", "balanced-income-growth", "stablecoin-lending", "large-cap-staking"};
        for (int i = 0; i < 6; i++) {
            double amount = 50_000 + rnd.nextInt(20) * 50_000;
            int horizon = 10 + rnd.nextInt(26);
            int start = rnd.nextInt(Math.min(10, horizon - 1));
            WithdrawalStrategy strategy = switch (i % 4) {
                case 0 -> new ConstantAmount(amount * (0.02 + rnd.nextDouble() * 0.06), rnd.nextBoolean());
                case 1 -> new ConstantPercentage(0.03 + rnd.nextDouble() * 0.04);
                case 2 -> new IncomeOnly();
                default -> Guardrails.of(0.03 + rnd.nextDouble() * 0.03);
            };
            Scenario base = Scenario.ofTemplate(templates[i % templates.length], amount, amount * 0.04);
            Scenario s = new Scenario("random-" + i, "Random " + i, null, amount, List.of(), base.template(),
                    base.goalAnnualIncome(), null, horizon, 0.025, 0.1, 0.5, List.of());
            out.add(s.withPlan(new WithdrawalPlan(strategy, start, WithdrawalPlan.Frequency.MONTHLY),
                    new SimulationSettings(PATHS, 100L + i, 0.9, null, null, null)));
        }
        return out;
    }

    @Test
    void pageJsonCliAndWorkbook_tellTheSameAnswer() {
        TestSite.run(dir, (site, http) -> {
            for (Scenario s : scenarios()) {
                String scenarioJson = Json.mapper().writeValueAsString(s);
                Http.Resp created = http.postJson("/api/scenarios", scenarioJson);
                assertThat(created.status()).as(s.id() + " " + created.body()).isEqualTo(201);
                String id = Json.mapper().readTree(created.body()).get("id").asText();
                JsonNode result = Json.mapper().readTree(http.get("/api/scenarios/" + id).body());
                JsonNode sim = result.get("simulation");
                String page = http.get("/scenarios/" + id).body();
                Path file = dir.resolve(s.id() + ".json");
                Files.writeString(file, scenarioJson);
                String cliText = cli("plan", "--scenario", file.toString(), "--quiet");
                JsonNode cliJson = Json.mapper().readTree(cli("plan", "--scenario", file.toString(), "--json", "--quiet"));
                byte[] xlsx = http.get("/scenarios/" + id + "/projection.xlsx").bytes();
                try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                    agree(s.id(), sim, cliJson.get("simulation"), page, cliText, wb, result.get("plan"));
                }
            }
        });
    }

    private static void agree(String id, JsonNode sim, JsonNode cliSim, String page, String cli, XSSFWorkbook wb,
                              JsonNode plan) throws java.io.IOException {
        boolean canDeplete = sim.get("canDeplete").asBoolean();
        // the CLI's JSON is the site's
        assertThat(cliSim.get("percentiles")).as(id).isEqualTo(sim.get("percentiles"));
        assertThat(cliSim.path("successProbability")).as(id).isEqualTo(sim.path("successProbability"));
        assertThat(cliSim.path("goalMetProbability")).as(id).isEqualTo(sim.path("goalMetProbability"));
        assertThat(cliSim.path("safeWithdrawal")).as(id).isEqualTo(sim.path("safeWithdrawal"));
        assertThat(cliSim.path("medianDepletionYear")).as(id).isEqualTo(sim.path("medianDepletionYear"));
        Sheet summary = wb.getSheet("Summary");
        Sheet withdrawals = wb.getSheet("Withdrawals");
        // the measure
        JsonNode measure = canDeplete ? sim.get("successProbability") : sim.path("goalMetProbability");
        String measureBox = between(page, "id=\"plan-measure\"", "</div>");
        if (measure.isNumber()) {
            String shown = Figures.share(measure.asDouble());
            assertThat(measureBox).as(id).contains(shown);
            assertThat(cli).as(id).containsPattern((canDeplete ? "Success probability" : "Income meets the goal")
                    + " +" + Pattern.quote(shown));
            assertThat(numberIn(summary, canDeplete ? "Success probability" : "Income meets the goal"))
                    .as(id).isEqualTo(measure.asDouble());
        } else {
            assertThat(measureBox).as(id).contains("—");
        }
        // the safe withdrawal
        JsonNode safe = sim.path("safeWithdrawal");
        if (safe.isObject()) {
            String usd = Figures.usd(safe.get("annual").asDouble());
            assertThat(page).as(id).contains(usd + " a year");
            assertThat(cli).as(id).contains("pay in full is " + usd.replace("−", "-") + " a year");
            assertThat(numberIn(summary, "Safe withdrawal (a year)")).as(id).isCloseTo(safe.get("annual").asDouble(), within(0.005));
        } else {
            assertThat(canDeplete).as(id + ": only a plan that cannot run out skips the safe withdrawal").isFalse();
        }
        // the median depletion year
        JsonNode median = sim.path("medianDepletionYear");
        String sentence = median.isNumber() ? "Half the paths run out by year " + median.asInt() + " " : null;
        if (sentence != null) {
            assertThat(between(page, "id=\"verdict\"", "</p>")).as(id).contains(sentence);
            assertThat(cli.replace("\n", " ")).as(id).contains(sentence);
            assertThat(numberIn(withdrawals, "Half the paths run out by year")).as(id).isEqualTo(median.asDouble());
        } else {
            assertThat(page).as(id).doesNotContain("Half the paths run out by year");
        }
        // the simulated median balance of every year: page (percentile and plan tables), CLI, workbook to the cent
        JsonNode p50 = sim.get("percentiles").get("balance").get("p50");
        List<String> pageMedians = column(between(page, "id=\"plan-table\"", "</table>"), 11);
        List<String> percentileMedians = column(between(page, "id=\"percentile-table\"", "</table>"), 3);
        for (int y = 0; y < p50.size(); y++) {
            double v = p50.get(y).asDouble();
            assertThat(pageMedians.get(y)).as(id + " year " + (y + 1)).isEqualTo(org.yieldplan.web.pages.Fmt.usd(v));
            assertThat(percentileMedians.get(y)).as(id + " year " + (y + 1)).isEqualTo(org.yieldplan.web.pages.Fmt.usd(v));
            assertThat(cliPlanRow(cli, y + 1)).as(id + " year " + (y + 1)).endsWith(Figures.usd(v).replace("−", "-"));
            Cell cell = withdrawals.getRow(headerRow(withdrawals, "Simulated median") + 1 + y)
                    .getCell(columnOf(withdrawals, "Simulated median"));
            assertThat(cell.getNumericCellValue()).as(id + " year " + (y + 1)).isCloseTo(v, within(0.005));
        }
        // the Projection is the plan: its chart's year-end balances are the plan table's
        JsonNode chart = chart(page, "chart-projection");
        JsonNode ends = chart.get("series").get(0).get("data");
        JsonNode rows = plan.get("years");
        assertThat(ends.size()).as(id).isEqualTo(rows.size());
        List<String> tableEnds = column(between(page, "id=\"plan-table\"", "</table>"), 8);
        for (int y = 0; y < rows.size(); y++) {
            assertThat(ends.get(y).asDouble()).as(id).isEqualTo(rows.get(y).get("endBalance").asDouble());
            assertThat(tableEnds.get(y)).as(id).isEqualTo(org.yieldplan.web.pages.Fmt.usd(rows.get(y).get("endBalance").asDouble()));
        }
        // the words follow the measure
        String text = page.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        double target = 0.9;
        if (canDeplete && sim.get("successProbability").asDouble() < target) {
            assertThat(text).as(id).doesNotContain("every withdrawal is paid", "withdrawals are paid");
            assertThat(tag(page, "verdict")).as(id).contains("class=\"verdict short\"");
            assertThat(tag(page, "plan-measure")).as(id).contains("class=\"figure short\"");
        }
        if (!canDeplete) {
            assertThat(text).as(id).doesNotContainPattern("(?i)success\\W{0,3}(probability)?\\W{0,20}100(\\.0)? %");
            assertThat(text).as(id).contains("This plan cannot run out");
            assertThat(cli).as(id).doesNotContain("Success probability");
        }
    }

    private static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Main().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The CLI's plan-table row of a year (trimmed). */
    private static String cliPlanRow(String cli, int year) {
        int table = cli.indexOf("\nYear by year on");
        Matcher m = Pattern.compile("(?m)^ +" + year + " +\\$.*$").matcher(cli.substring(table));
        assertThat(m.find()).as("CLI row of year " + year).isTrue();
        return m.group().strip();
    }

    /** The opening tag of the element with this id. */
    private static String tag(String page, String id) {
        int at = page.indexOf("id=\"" + id + "\"");
        assertThat(at).as(id).isNotNegative();
        return page.substring(page.lastIndexOf('<', at), page.indexOf('>', at) + 1);
    }

    private static String between(String text, String from, String to) {
        int a = text.indexOf(from);
        assertThat(a).as("'" + from + "' on the page").isNotNegative();
        int b = text.indexOf(to, a + from.length());
        return text.substring(a, b < 0 ? text.length() : b + to.length());
    }

    /** The text of column c of each body row of an HTML table. */
    private static List<String> column(String table, int c) {
        List<String> out = new ArrayList<>();
        String body = table.substring(table.indexOf("<tbody>"));
        Matcher row = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(body);
        while (row.find()) {
            Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row.group(1));
            List<String> cells = new ArrayList<>();
            while (cell.find()) {
                cells.add(cell.group(1).strip());
            }
            out.add(cells.get(c));
        }
        return out;
    }

    private static JsonNode chart(String page, String id) throws java.io.IOException {
        Matcher m = Pattern.compile("id=\"" + id + "\" data-chart=\"([^\"]*)\"").matcher(page);
        assertThat(m.find()).as(id).isTrue();
        String json = m.group(1).replace("&#34;", "\"").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        return Json.mapper().readTree(json);
    }

    /** The number beside a label in column A. */
    private static double numberIn(Sheet sheet, String label) {
        for (Row r : sheet) {
            Cell a = r.getCell(0);
            if (a != null && a.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && a.getStringCellValue().equals(label)) {
                return r.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError("no row '" + label + "' on " + sheet.getSheetName());
    }

    private static int headerRow(Sheet sheet, String header) {
        for (Row r : sheet) {
            for (Cell c : r) {
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().equals(header)) {
                    return r.getRowNum();
                }
            }
        }
        throw new AssertionError("no header '" + header + "'");
    }

    private static int columnOf(Sheet sheet, String header) {
        for (Cell c : sheet.getRow(headerRow(sheet, header))) {
            if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().equals(header)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError(header);
    }
}
