package org.yieldplan.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.holdings.HoldingsImport;
import org.yieldplan.holdings.HoldingsReader;

/**
 * Import of a 100,000-row holdings .xlsx (eight columns, written by POI) in a 256 MB heap.
 * Target (issue 5): ≤ 2 s a file. Run:
 * {@code mvn -q -Pbench -pl planner test-compile exec:exec -Dbench=HoldingsImportBenchmark}
 * (the fork runs with -Xmx256m), or directly with {@link #main} for a timed run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx256m", "-Xms256m"})
public class HoldingsImportBenchmark {

    static final int ROWS = 100_000;
    private static final String[][] KINDS = {
        {"ETH", "staking", "Lido", "Ethereum", "3000"}, {"USDC", "lending", "Aave", "Arbitrum", "1"},
        {"ETH/USDC", "liquidity", "Uniswap", "Base", "50"}, {"BTC", "growth", "", "Bitcoin", "60000"},
        {"CRV", "farming", "Convex", "Ethereum", "0.5"}};

    private Path file;
    private HoldingsReader reader;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile("holdings-100k-", ".xlsx");
        write(file, ROWS);
        reader = new HoldingsReader(SampleFiles.catalog());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public HoldingsImport import100kRows() {
        HoldingsImport r = reader.read(file);
        if (r.holdings().size() != ROWS) {
            throw new IllegalStateException("read " + r.holdings().size() + " holdings, expected " + ROWS);
        }
        return r;
    }

    /** Writes a holdings sheet of {@code rows} rows. */
    public static void write(Path file, int rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            wb.setCompressTempFiles(true);
            Sheet s = wb.createSheet("Holdings");
            String[] head = {"Asset", "Quantity", "Price (USD)", "Value (USD)", "Bucket", "Protocol", "Chain", "APY (%)"};
            Row h = s.createRow(0);
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            for (int r = 1; r <= rows; r++) {
                String[] k = KINDS[r % KINDS.length];
                Row row = s.createRow(r);
                double qty = 1 + r % 97;
                double price = Double.parseDouble(k[4]);
                row.createCell(0).setCellValue(k[0]);
                row.createCell(1).setCellValue(qty);
                row.createCell(2).setCellValue(price);
                row.createCell(3).setCellValue(qty * price);
                row.createCell(4).setCellValue(k[1]);
                row.createCell(5).setCellValue(k[2]);
                row.createCell(6).setCellValue(k[3]);
                row.createCell(7).setCellValue(2 + r % 9);
            }
            wb.write(out);
            wb.dispose();
        }
    }

    /** A timed run without JMH: {@code java -Xmx256m -cp ... HoldingsImportBenchmark [runs]}. */
    public static void main(String[] args) throws IOException {
        HoldingsImportBenchmark b = new HoldingsImportBenchmark();
        b.setUp();
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("file: %,d bytes, %,d rows, max heap %d MB%n", Files.size(b.file), ROWS, rt.maxMemory() >> 20);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            System.gc();
            long t = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            b.import100kRows();
            System.out.printf("run %d: %d ms wall, %d ms CPU (this thread)%n", i + 1, (System.nanoTime() - t) / 1_000_000,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        }
        long peak = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("peak heap used (sum of pool peaks): %d MB of %d MB%n", peak >> 20, rt.maxMemory() >> 20);
        b.tearDown();
    }
}
