package org.yieldplan.holdings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.yieldplan.market.Catalog;

/**
 * Reads holdings from the file a person has: .xlsx, .xls or .csv, told apart by their bytes.
 * Everything else, and every damaged or hostile file, is refused with a message that says what
 * to do; the reader never lets a POI failure through.
 *
 * <p>.xlsx files are streamed (one pass of {@link XmlScanner} per sheet), their parts found by {@link XlsxPackage}
 * or, for an unusual package, by POI; .xls files, and small .xlsx files whose formulas were saved without results,
 * are read whole, the latter with formulas evaluated.
 */
public final class HoldingsReader {

    /** Largest .xlsx read whole to evaluate its formulas, bytes. */
    static final long MAX_EVALUATED_BYTES = 2L * 1024 * 1024;

    private final AssetLookup assets;
    private final ImportLimits limits;
    private final PoolYields pools;

    /**
     * A reader with the default limits, the bundled asset directory and price table, and today's
     * date; the catalog tells stablecoins and staking receipts apart and which assets are modelled.
     */
    public HoldingsReader(Catalog catalog) {
        this(catalog, ImportLimits.DEFAULT);
    }

    public HoldingsReader(Catalog catalog, ImportLimits limits) {
        this(new AssetLookup(catalog, AssetDirectory.bundled(), PriceTable.bundled(), LocalDate.now(ZoneOffset.UTC),
                AssetLookup.DEFAULT_MAX_PRICE_AGE_DAYS), limits);
    }

    public HoldingsReader(AssetLookup assets, ImportLimits limits) {
        this(assets, limits, PoolYields.NONE);
    }

    private HoldingsReader(AssetLookup assets, ImportLimits limits, PoolYields pools) {
        this.assets = assets;
        this.limits = limits;
        this.pools = pools;
    }

    /** The same reader taking each holding's yield from its pool in a pool list (see {@link PoolYields}). */
    public HoldingsReader withPools(PoolYields pools) {
        return new HoldingsReader(assets, limits, pools);
    }

    /** The same reader pricing quantities from another table (a person's own prices). */
    public HoldingsReader withPrices(PriceTable prices) {
        return new HoldingsReader(new AssetLookup(assets.catalog(), assets.directory(), prices, assets.today(),
                assets.maxPriceAge()), limits, pools);
    }

    /**
     * The holdings in a file and the problems met.
     *
     * @throws ImportRefused when the file cannot be used, with the reason for the user
     */
    public HoldingsImport read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new ImportRefused(name + ": no such file");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new ImportRefused(name + ": the file is empty");
            }
            if (size > limits.maxFileBytes()) {
                throw new ImportRefused(name + ": the file is " + size / (1024 * 1024) + " MB; the limit is "
                        + limits.maxFileBytes() / (1024 * 1024) + " MB");
            }
            return readChecked(file, name);
        } catch (ImportRefused e) {
            throw e.getMessage().startsWith(name + ": ") ? e : new ImportRefused(name + ": " + e.getMessage(), e.getCause());
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new ImportRefused(name + ": " + FileTrouble.explain(e), e);
        }
    }

    /** The holdings in uploaded bytes; {@code name} is used in messages only (the format comes from the bytes). */
    public HoldingsImport read(byte[] bytes, String name) {
        String safe = name == null ? "upload" : name.replaceAll("[^A-Za-z0-9._ -]", "_").strip();
        Path dir = null;
        Path tmp = null;
        try {
            dir = Files.createTempDirectory("yieldplan-import-");
            tmp = dir.resolve(safe.isEmpty() || safe.startsWith(".") ? "upload" + safe : safe);
            Files.write(tmp, bytes);
            return read(tmp);
        } catch (IOException e) {
            throw new ImportRefused(safe + ": could not store the upload (" + e.getMessage() + ")", e);
        } finally {
            try {
                if (tmp != null) {
                    Files.deleteIfExists(tmp);
                }
                if (dir != null) {
                    Files.deleteIfExists(dir);
                }
            } catch (IOException ignored) {
                // a temporary file; the system cleans it up
            }
        }
    }

    private HoldingsImport readChecked(Path file, String name) throws IOException {
        byte[] head = new byte[8192];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        head = Arrays.copyOf(head, n);
        FileMagic magic = n >= 2 && head[0] == 'P' && head[1] == 'K' ? FileMagic.OOXML : FileMagic.valueOf(head);
        return switch (magic) {
            case OOXML -> readXlsx(file, name);
            case OLE2 -> readOle2(file, name);
            case UNKNOWN -> readCsv(file, name, head);
            default -> throw new ImportRefused(name + ": " + FileTrouble.notASpreadsheet(magic));
        };
    }

    private HoldingsImport readXlsx(Path file, String name) throws IOException {
        FileTrouble.checkZip(file);
        try (XlsxPackage parts = XlsxPackage.open(file)) {
            XlsxStreamReader reader = parts == null ? null : parts.reader();
            if (reader != null) {
                HoldingsScan scan = new HoldingsScan(assets, limits, pools);
                try {
                    reader.feed(scan);
                } catch (IOException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new ImportRefused(name + ": " + FileTrouble.explain(e), e);
                }
                if (!scan.sawUncalculatedFormulas() || Files.size(file) > MAX_EVALUATED_BYTES) {
                    return scan.result("xlsx");
                }
            }
        }
        return readXlsxWithPoi(file, name);       // an unusual package, or formulas to evaluate
    }

    /** An .xlsx read through POI's package reader; its formulas evaluated when they were saved without results. */
    private HoldingsImport readXlsxWithPoi(Path file, String name) throws IOException {
        ImportLimits.applyZipLimits();
        HoldingsScan scan = new HoldingsScan(assets, limits, pools);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            FileTrouble.checkWorkbookPart(pkg, name);
            XSSFReader reader = new XSSFReader(pkg);
            new XlsxStreamReader(XlsxStreamReader.parts(reader), XlsxStreamReader.externalLinks(pkg)).feed(scan);
            if (scan.sawUncalculatedFormulas() && Files.size(file) <= MAX_EVALUATED_BYTES) {
                HoldingsScan evaluated = new HoldingsScan(assets, limits, pools);
                try (XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
                    new WorkbookModelReader(wb, true).feed(evaluated);
                }
                return evaluated.result("xlsx");
            }
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ImportRefused(name + ": " + FileTrouble.explain(e), e);
        }
        return scan.result("xlsx");
    }

    private HoldingsImport readOle2(Path file, String name) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                throw new ImportRefused(name + ": the workbook is password-protected; remove the password "
                        + "(File > Info > Protect Workbook in Excel), save, and upload it again");
            }
            if (root.hasEntryCaseInsensitive("Book") && !root.hasEntryCaseInsensitive("Workbook")) {
                throw new ImportRefused(name + ": " + FileTrouble.OLD_EXCEL);
            }
            if (!root.hasEntryCaseInsensitive("Workbook")) {
                throw new ImportRefused(name + ": " + (root.hasEntryCaseInsensitive("WordDocument")
                        ? "a Word document, not a spreadsheet; upload an .xlsx, .xls or .csv file"
                        : "an Office file that is not an Excel workbook; upload an .xlsx, .xls or .csv file"));
            }
            HoldingsScan scan = new HoldingsScan(assets, limits, pools);
            try (HSSFWorkbook wb = new HSSFWorkbook(root, true)) {
                new WorkbookModelReader(wb, false).feed(scan);
            }
            return scan.result("xls");
        } catch (EncryptedDocumentException e) {
            throw new ImportRefused(name + ": the workbook is password-protected; remove the password, save, "
                    + "and upload it again", e);
        } catch (OldExcelFormatException e) {
            throw new ImportRefused(name + ": " + FileTrouble.OLD_EXCEL, e);
        }
    }

    private HoldingsImport readCsv(Path file, String name, byte[] head) throws IOException {
        if (!CsvTable.looksLikeText(head)) {
            throw new ImportRefused(name + ": not a spreadsheet or a text table (binary data); upload an .xlsx, "
                    + ".xls or .csv file");
        }
        HoldingsScan scan = new HoldingsScan(assets, limits, pools);
        try (java.io.Reader text = CsvTable.open(file, head)) {
            CsvTable.feed(text, scan.sheet(name));
        }
        return scan.result("csv");
    }
}
