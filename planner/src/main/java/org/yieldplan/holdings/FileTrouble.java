package org.yieldplan.holdings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Why a file cannot be read, in words for the person who uploaded it: checks made before POI
 * opens a zip, and the translation of POI's and the XML parser's failures into refusals.
 */
final class FileTrouble {

    static final String OLD_EXCEL = "an Excel 95 or older workbook, which yieldplan cannot read; open it in Excel "
            + "or LibreOffice and re-save it as .xlsx";
    static final String DAMAGED = "the file is damaged or incomplete; open it in Excel, save it again as .xlsx, "
            + "and upload that";

    private FileTrouble() {
    }

    /** The refusal for a file that is recognisably something other than a spreadsheet. */
    static String notASpreadsheet(FileMagic magic) {
        return switch (magic) {
            case PDF -> "a PDF document, not a spreadsheet; export your holdings as .xlsx or .csv";
            case PNG, JPEG, GIF, TIFF, BMP, WMF, EMF -> "an image (" + magic.name().toLowerCase(Locale.ROOT)
                    + "), not a spreadsheet; upload an .xlsx, .xls or .csv file";
            case BIFF2, BIFF3, BIFF4 -> OLD_EXCEL;
            case HTML -> "a web page (HTML), not a spreadsheet; open it in Excel and save it as .xlsx";
            case XML -> "an XML file, not an .xlsx workbook; open it in Excel and save it as .xlsx";
            case RTF, MSWRITE, WORD2 -> "a word-processor document, not a spreadsheet; upload an .xlsx, .xls or .csv file";
            default -> "not a spreadsheet; upload an .xlsx, .xls or .csv file";
        };
    }

    /**
     * Looks into a zip before POI does: its central directory must be whole, it must hold at most
     * {@link ImportLimits#MAX_ZIP_ENTRIES} entries, and it must not be an OpenDocument file.
     */
    static void checkZip(Path file) throws IOException {
        String name = String.valueOf(file.getFileName());
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > ImportLimits.MAX_ZIP_ENTRIES) {
                throw new ImportRefused(name + ": the file holds " + zip.size() + " parts; an Excel workbook with more "
                        + "than " + ImportLimits.MAX_ZIP_ENTRIES + " is refused; re-save it in Excel as .xlsx");
            }
            ZipEntry mime = zip.getEntry("mimetype");
            if (mime != null && mime.getSize() < 200) {
                try (InputStream in = zip.getInputStream(mime)) {
                    String m = new String(in.readNBytes(200), StandardCharsets.US_ASCII);
                    if (m.contains("opendocument")) {
                        throw new ImportRefused(name + ": an OpenDocument file ("
                                + (m.contains("spreadsheet") ? ".ods" : m.strip()) + "); open it in LibreOffice or "
                                + "Excel and save as .xlsx");
                    }
                }
            }
            if (zip.getEntry("[Content_Types].xml") == null) {
                throw new ImportRefused(name + ": a zip archive, not an Excel workbook; upload an .xlsx, .xls or .csv file");
            }
        } catch (ZipException e) {
            throw new ImportRefused(name + ": " + DAMAGED + " (" + e.getMessage() + ")", e);
        }
    }

    /** Refuses an Office package whose main part is not an Excel workbook (a renamed .docx, an .xlsb). */
    static void checkWorkbookPart(OPCPackage pkg, String name) throws Exception {
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels.size() == 0) {
            rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        if (rels.size() == 0) {
            throw new ImportRefused(name + ": the file has no workbook in it; " + DAMAGED);
        }
        PackagePart part = pkg.getPart(rels.getRelationship(0));
        if (part == null) {
            throw new ImportRefused(name + ": the file's workbook part is missing; " + DAMAGED);
        }
        String type = part.getContentType();
        if (type.contains("wordprocessingml")) {
            throw new ImportRefused(name + ": a Word document (.docx), not a spreadsheet; upload an .xlsx, .xls or .csv file");
        }
        if (type.contains("presentationml")) {
            throw new ImportRefused(name + ": a PowerPoint file (.pptx), not a spreadsheet; upload an .xlsx, .xls or .csv file");
        }
        if (type.contains("sheet.binary")) {
            throw new ImportRefused(name + ": an Excel binary workbook (.xlsb); open it in Excel and save it as .xlsx");
        }
        if (!type.contains("spreadsheetml") && !type.contains("sheet.main") && !type.contains("ms-excel")) {
            throw new ImportRefused(name + ": an Office file that is not an Excel workbook (" + type + "); upload an .xlsx, "
                    + ".xls or .csv file");
        }
    }

    /** A failure from POI or the XML parser as the reason for a refusal. */
    static String explain(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("strict ooxml")) {
                return "a Strict Open XML workbook, which yieldplan cannot read; open it in Excel and save it as "
                        + "\"Excel Workbook (.xlsx)\"";
            }
            if (m.contains("doctype")) {
                return "the file's XML declares a DOCTYPE (entity definitions), which yieldplan refuses for safety; "
                        + "open it in Excel and save it again as .xlsx";
            }
            if (m.contains("zip bomb") || m.contains("inflate ratio")) {
                return "a part of the file expands more than " + Math.round(1 / ImportLimits.MIN_INFLATE_RATIO)
                        + " times when unpacked (a zip bomb), which yieldplan refuses";
            }
            if (m.contains("max entry size") || m.contains("entry size")) {
                return "a part of the file unpacks to more than " + ImportLimits.MAX_ENTRY_BYTES / (1024 * 1024)
                        + " MB, which yieldplan refuses";
            }
            if (m.contains("max text size") || m.contains("text size")) {
                return "a part of the file holds more than " + ImportLimits.MAX_TEXT_CHARS / (1024 * 1024)
                        + " million characters of text, which yieldplan refuses";
            }
            if (m.contains("file count") || m.contains("too many entries")) {
                return "the file holds more than " + ImportLimits.MAX_ZIP_ENTRIES + " parts, which yieldplan refuses";
            }
            if (t instanceof OutOfMemoryError) {
                return "the file is too large to read in the memory available; split it into smaller files";
            }
            if (t instanceof StackOverflowError) {
                return "the file's structure is nested too deeply to read; " + DAMAGED;
            }
        }
        boolean fromTheFile = e instanceof IOException || e instanceof org.xml.sax.SAXException
                || e.getClass().getName().startsWith("org.apache.poi") || e.getClass().getName().startsWith("org.apache.xmlbeans");
        if (!fromTheFile || e.getMessage() == null) {
            return DAMAGED;                                      // no internal detail for the user
        }
        String detail = e.getMessage();
        int cut = detail.indexOf('\n');
        detail = cut > 0 ? detail.substring(0, cut) : detail;
        return DAMAGED + " (" + (detail.length() > 160 ? detail.substring(0, 160) + "…" : detail) + ")";
    }
}
