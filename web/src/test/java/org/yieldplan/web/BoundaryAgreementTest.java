package org.yieldplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yieldplan.cli.Main;
import org.yieldplan.json.Json;
import org.yieldplan.web.form.FormFields;

/**
 * The typed boundary holds everywhere: for seeded random scenarios, some valid and some with one to
 * three bad fields, the JSON API, the site's form and the command line accept the same ones and
 * refuse the others naming the same fields (the form's fields translated to the JSON names they fill).
 */
class BoundaryAgreementTest {

    private static final int CASES = 14;
    private static final Pattern FORM_ERROR = Pattern.compile("<p class=\"error\" id=\"e-([^\"]+)\">");

    @TempDir
    Path dir;

    /** One scenario as JSON (for the API and the CLI) and as form fields. */
    private record Case(ObjectNode json, Map<String, String> form, String changed) {
    }

    @Test
    void apiFormAndCli_acceptAndRefuseTheSameScenarios_withTheSameFieldNames() {
        Random random = new Random(15);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            cases.add(randomCase(random, i));
        }
        int[] outcomes = new int[2];   // accepted, refused
        TestSite.run(dir, (site, http) -> {
            for (Case c : cases) {
                Http.Resp api = http.postJson("/api/scenarios", c.json().toString());
                Http.Resp form = http.postForm("/scenarios", c.form());
                Path file = dir.resolve("case.json");
                Files.writeString(file, c.json().toString());
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int cli = new Main().run(List.of("income", "--scenario", file.toString()), new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
                String cliErr = err.toString(StandardCharsets.UTF_8);
                String what = c.changed() + " " + c.json();
                outcomes[api.status() == 201 ? 0 : 1]++;
                if (api.status() == 201) {
                    assertThat(form.status()).as("form, " + what + "\n" + errorsOf(form.body())).isEqualTo(303);
                    assertThat(cli).as("cli, " + what + "\n" + cliErr).isZero();
                } else {
                    assertThat(api.status()).as("api, " + what + "\n" + api.body()).isEqualTo(422);
                    Set<String> apiFields = new TreeSet<>();
                    for (JsonNode p : ApiHttpTest.json(api).path("problems")) {
                        apiFields.add(FormFields.json(FormFields.form(p.path("field").asText())));
                    }
                    assertThat(form.status()).as("form, " + what).isEqualTo(422);
                    assertThat(errorsOf(form.body())).as("form fields, " + what).isEqualTo(apiFields);
                    assertThat(cli).as("cli, " + what).isEqualTo(Main.BAD_INPUT);
                    Set<String> cliFields = new TreeSet<>();
                    for (String line : cliErr.split("\\R")) {
                        String rest = line.substring(line.indexOf(file.toString() + ": ") + file.toString().length() + 2);
                        cliFields.add(FormFields.json(FormFields.form(rest.substring(0, rest.indexOf(": ")))));
                    }
                    assertThat(cliFields).as("cli fields, " + what + "\n" + cliErr).isEqualTo(apiFields);
                }
            }
        });
        assertThat(outcomes[1]).as("the seed gives refused cases").isGreaterThanOrEqualTo(4);
        assertThat(outcomes[0]).as("the seed gives accepted cases").isGreaterThanOrEqualTo(3);
    }

    /** The form fields in error on a 422 page, as the JSON fields they fill. */
    private static Set<String> errorsOf(String html) {
        Set<String> out = new TreeSet<>();
        Matcher m = FORM_ERROR.matcher(html);
        while (m.find()) {
            out.add(FormFields.json(m.group(1)));
        }
        return out;
    }

    /** A valid scenario with up to three fields changed, each to a good or (marked !) a bad value. */
    private static Case randomCase(Random r, int i) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", "Case " + i);
        v.put("amountUsd", 100_000.0);
        v.put("horizonYears", 10);
        v.put("inflation", 0.025);
        v.put("taxRate", 0.0);
        v.put("reinvestedShare", 0.0);
        List<String> changed = new ArrayList<>();
        boolean plan = false;
        int n = r.nextInt(4);
        for (int k = 0; k < n; k++) {
            boolean bad = r.nextInt(3) > 0;
            switch (r.nextInt(9)) {
                case 0 -> v.put("amountUsd", bad ? pick(r, -5000.0, 0.0, 2e12) : 1000.0 + r.nextInt(900_000));
                case 1 -> v.put("horizonYears", bad ? pick(r, 0, 101, 150) : 1 + r.nextInt(60));
                case 2 -> v.put("taxRate", bad ? pick(r, 1.5, -0.1) : r.nextInt(51) / 100.0);
                case 3 -> v.put("inflation", bad ? pick(r, 1.2, -1.5) : r.nextInt(8) / 100.0);
                case 4 -> v.put("reinvestedShare", bad ? 2.0 : r.nextInt(101) / 100.0);
                case 5 -> v.put("goalAnnualIncome", bad ? pick(r, -10.0, 2e12) : (double) r.nextInt(50_000));
                case 6 -> v.put("name", bad ? "n".repeat(121) : "Renamed " + i);
                case 7 -> v.put("contributions", bad ? -100.0 : (double) r.nextInt(2000));
                default -> {
                    plan = true;
                    v.put("rate", bad && r.nextBoolean() ? pick(r, 1.5, 0.0) : 0.04);
                    v.put("paths", bad && r.nextBoolean() ? pick(r, 500, 60_000) : 1000);
                }
            }
            changed.add((bad ? "!" : "") + "change" + k);
        }
        return new Case(json(v, plan), form(v, plan), String.join(",", changed));
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... options) {
        return options[r.nextInt(options.length)];
    }

    private static ObjectNode json(Map<String, Object> v, boolean plan) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("name", (String) v.get("name"));
        o.put("template", "income-core");
        o.put("amountUsd", (Double) v.get("amountUsd"));
        o.put("horizonYears", (Integer) v.get("horizonYears"));
        o.put("inflation", (Double) v.get("inflation"));
        o.put("taxRate", (Double) v.get("taxRate"));
        o.put("reinvestedShare", (Double) v.get("reinvestedShare"));
        if (v.containsKey("goalAnnualIncome")) {
            o.put("goalAnnualIncome", (Double) v.get("goalAnnualIncome"));
        }
        if (v.containsKey("contributions")) {
            o.putObject("contributions").put("amountUsd", (Double) v.get("contributions")).put("frequency", "monthly").put("years", 2);
        }
        if (plan) {
            ObjectNode w = o.putObject("withdrawal");
            w.putObject("strategy").put("type", "constant-percentage").put("rate", (Double) v.get("rate"));
            w.put("startAfterYears", 0);
            o.putObject("simulation").put("paths", (Integer) v.get("paths"));
        }
        return o;
    }

    private static Map<String, String> form(Map<String, Object> v, boolean plan) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", (String) v.get("name"));
        f.put("source", "template");
        f.put("template", "income-core");
        f.put("amountUsd", plain((Double) v.get("amountUsd")));
        f.put("horizonYears", v.get("horizonYears").toString());
        f.put("inflation", plain((Double) v.get("inflation") * 100));
        f.put("taxRate", plain((Double) v.get("taxRate") * 100));
        f.put("reinvestedShare", plain((Double) v.get("reinvestedShare") * 100));
        f.put("goalAnnualIncome", v.containsKey("goalAnnualIncome") ? plain((Double) v.get("goalAnnualIncome")) : "");
        f.put("contribAmount", v.containsKey("contributions") ? plain((Double) v.get("contributions")) : "0");
        f.put("contribFrequency", "monthly");
        f.put("contribYears", v.containsKey("contributions") ? "2" : "0");
        f.put("strategy", plan ? "constant-percentage" : "");
        if (plan) {
            f.put("w.rate", plain((Double) v.get("rate") * 100));
            f.put("startAfterYears", "0");
            f.put("frequency", "monthly");
            f.put("paths", v.get("paths").toString());
        }
        return f;
    }

    private static String plain(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
