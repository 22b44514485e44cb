package org.yieldplan.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioResult;
import org.yieldplan.scenario.ScenarioRunner;
import org.yieldplan.scenario.TestRunners;

/** Shared set-up of the workbook tests: the bundled samples and a fixed date. */
final class WorkbookFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
    static final ScenarioRunner RUNNER = TestRunners.fast();
    private static final Map<String, byte[]> WORKBOOKS = new ConcurrentHashMap<>();

    private WorkbookFixtures() {
    }

    static Scenario sample(String id) {
        return SampleFiles.scenarios().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    static List<String> sampleIds() {
        return SampleFiles.scenarios().stream().map(Scenario::id).toList();
    }

    static ScenarioResult run(Scenario s) {
        return RUNNER.run(s);
    }

    /** A sample's result, computed once per JVM ({@link TestRunners#sample}). */
    static ScenarioResult sampleResult(String id) {
        return TestRunners.sample(id);
    }

    /** A sample's workbook as a user receives it: written once per JVM, read afresh for each caller (who may change it). */
    static XSSFWorkbook sampleWorkbook(String id) {
        byte[] bytes = WORKBOOKS.computeIfAbsent(id, k -> new ProjectionWorkbook(CLOCK).bytes(sampleResult(k)));
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook as a user receives it: written to bytes and read back. */
    static XSSFWorkbook downloaded(ScenarioResult r) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(new ProjectionWorkbook(CLOCK).bytes(r)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** a ≈ b to a relative 1e-9 (absolute 1e-9 near zero). */
    static boolean agrees(double actual, double expected) {
        return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
    }
}
