package org.yieldplan.holdings;

import static java.util.Arrays.asList;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Makes the generated files of the bad-and-hostile corpus in {@code src/test/resources/holdings-corpus}
 * (run {@link #main} to regenerate them), and the one too large to commit (a sheet over the row
 * limit), which the corpus test makes in a temporary folder.
 */
final class HoldingsCorpus {

    /** The corpus folder in the source tree. */
    static final Path DIR = Path.of("src/test/resources/holdings-corpus");

    private HoldingsCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Files.createDirectories(DIR);
        for (Map.Entry<String, byte[]> e : small().entrySet()) {
            Files.write(DIR.resolve(e.getKey()), e.getValue());
        }
    }

    /** The generated files small enough to commit, by name. */
    static Map<String, byte[]> small() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("empty.xlsx", new byte[0]);
        m.put("prose-not-a-table.csv", ("Dear user,\nthis is a letter and not a table of holdings.\n"
                + "It has sentences, but no header row.\n").getBytes(StandardCharsets.UTF_8));
        m.put("pdf-renamed.xlsx", "%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1));
        m.put("png-renamed.xlsx", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H',
            'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0});
        m.put("binary-junk.csv", junk());
        m.put("html-saved-as.xls", "<html><body><table><tr><td>Asset</td><td>Value</td></tr></table></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        m.put("docx-renamed.xlsx", docx());
        m.put("opendocument.ods", ods());
        m.put("excel95.xls", ole2("Book"));
        m.put("excel4.xls", new byte[] {0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0, 0, 0, 0});
        m.put("word97-renamed.xls", ole2("WordDocument"));
        byte[] good = goodHoldings();
        m.put("good-holdings.xlsx", good);
        m.put("truncated.xlsx", java.util.Arrays.copyOf(good, good.length / 2));
        m.put("zip-bomb.xlsx", rezip(good, Map.of("xl/worksheets/sheet1.xml", bomb()), Map.of()));
        m.put("xml-entities.xlsx", rezip(good, Map.of("xl/sharedStrings.xml", entities()), Map.of()));
        m.put("too-many-parts.xlsx", rezip(good, Map.of(), manyParts(1001)));
        m.put("cells-32767-chars.xlsx", longCells());
        m.put("columns-16384.xlsx", wide());
        m.put("totals-titles-hidden.xlsx", odd());
        m.put("only-hidden-sheets.xlsx", TestWorkbooks.xlsx(List.of(new TestWorkbooks.SheetSpec("Secret", true, 0,
                List.of(asList("Asset", "Value"), asList("ETH", 1))), new TestWorkbooks.SheetSpec("Blank", false, 0,
                List.of())), false));
        m.put("utf16-bom.csv", utf16());
        m.put("good-holdings.xls", TestWorkbooks.xls(List.of(asList("Ticker", "Units", "Unit price", "APY (%)"),
                asList("SOL", 10, 150, 7), asList("ATOM", 100, 8, 15))));
        m.put("password.xls", encryptedXls());
        return m;
    }

    /** A sheet with {@code rows} data rows, written as raw XML (fast, small when zipped). */
    static byte[] manyRows(int rows) {
        StringBuilder x = new StringBuilder(rows * 80);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        x.append("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Asset</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>Value</t></is></c></row>");
        for (int r = 2; r <= rows + 1; r++) {
            x.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>T")
                    .append(r).append("</t></is></c><c r=\"B").append(r).append("\"><v>").append(r).append("</v></c></row>");
        }
        x.append("</sheetData></worksheet>");
        return rezip(goodHoldings(), Map.of("xl/worksheets/sheet1.xml", x.toString().getBytes(StandardCharsets.UTF_8)),
                Map.of());
    }

    static byte[] goodHoldings() {
        return TestWorkbooks.xlsx(List.of(asList("Asset", "Quantity", "Price", "Value"), asList("ETH", 2, 3000, 6000),
                asList("USDC", 500, 1, 500)));
    }

    private static byte[] junk() {
        byte[] b = new byte[600];
        long x = 42;
        for (int i = 0; i < b.length; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;    // a fixed LCG: the same junk every time
            b[i] = (byte) (x >>> 56);
        }
        b[3] = 0;
        return b;
    }

    private static byte[] docx() {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("Asset Value ETH 1000");
            d.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] ods() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("mimetype", "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
        parts.put("content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"
                .getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    private static byte[] ole2(String stream) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[] {0x09, 0x08, 0x08, 0, 0, 5, 0x10, 0, 0, 0, 0, 0}), stream);
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bomb() {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        x.append(" ".repeat(30 * 1024 * 1024));                        // 30 MB of spaces: ratio ≈ 1/1000
        x.append("</sheetData></worksheet>");
        return x.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] entities() {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        x.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int i = 2; i <= 9; i++) {
            x.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        x.append("]>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\">"
                + "<si><t>&lol9;</t></si></sst>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> manyParts(int n) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put("customXml/item" + i + ".xml", "<a/>".getBytes(StandardCharsets.US_ASCII));
        }
        return m;
    }

    private static byte[] longCells() {
        String longText = "X".repeat(32_767);
        return TestWorkbooks.xlsx(List.of(asList("Asset", "Value", "Protocol", "Notes"),
                asList(longText, 100, null, null), asList("ETH", 1000, longText, longText), asList("BTC", 2000, null, null)));
    }

    private static byte[] wide() {
        List<Object> header = new ArrayList<>(asList("Asset", "Value"));
        List<Object> data = new ArrayList<>(asList("ETH", 1500));
        for (int c = 2; c < XlsxStreamReader.MAX_COLUMNS; c++) {
            header.add("note " + c);
            data.add(c);
        }
        return TestWorkbooks.xlsx(List.of(header, data, asList("SOL", 700)));
    }

    private static byte[] odd() {
        return TestWorkbooks.xlsx(List.of(
                new TestWorkbooks.SheetSpec("Archive", true, 0, List.of(asList("Asset", "Value"), asList("OLD", 1))),
                new TestWorkbooks.SheetSpec("Portfolio", false, 2, List.of(
                        asList("Crypto holdings, 31 March"),
                        asList(),
                        asList("Token", "Units", "Price (USD)", "Value (USD)", "Venue", "APR %"),
                        asList("stETH", 3, 3000, new TestWorkbooks.Formula("B6*C6"), "Lido", 3.1),
                        asList("USDC", 2500, 1, new TestWorkbooks.Formula("B7*C7"), "Compound", 4.4),
                        asList("ETH/USDC", null, null, 1200, "Uniswap", 11),
                        asList("Subtotal", null, null, new TestWorkbooks.Formula("SUM(D6:D8)")),
                        asList(),
                        asList(null, null, null, new TestWorkbooks.Formula("D9"))))), true);
    }

    private static byte[] encryptedXls() {
        org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword("secret");
        try {
            return TestWorkbooks.xls(List.of(asList("Asset", "Value"), asList("ETH", 100)));
        } finally {
            org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    private static byte[] utf16() {
        byte[] text = "Asset\tValue (USD)\nETH\t1000\nBTC\t2000\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[text.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(text, 0, out, 2, text.length);
        return out;
    }

    /** A copy of a zip with some entries replaced and others added. */
    static byte[] rezip(byte[] zip, Map<String, byte[]> replace, Map<String, byte[]> add) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), replace.getOrDefault(e.getName(), in.readAllBytes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        parts.putAll(add);
        return zip(parts);
    }

    private static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(9);
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
