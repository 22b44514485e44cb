package org.yieldplan.holdings;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The parts of an ordinary .xlsx found with the JDK's zip reader: the workbook, its sheets, styles and shared
 * strings, through the package's content types and relationships. POI's package reader takes about half a second to
 * start in a fresh process (its zip, logging and XML set-up); the streaming import needs none of it for an ordinary
 * workbook.
 *
 * <p>Anything out of the ordinary makes {@link #open} answer null, and the caller reads the file with POI as before,
 * so odd and hostile packages meet POI's checks and messages: no transitional workbook relationship (Strict OOXML, a
 * Word or PowerPoint file, no workbook), a main part that is not a workbook, a part without a content type, names
 * that differ only in case, links to other workbooks, a target outside the package or written with escapes, a
 * sheet the workbook lists but the package lacks, or a part that does not parse.
 *
 * <p>Every part is read through a limit, as POI's zip reader reads it: more than {@link ImportLimits#MAX_ENTRY_BYTES}
 * unpacked is refused, and so is a part that unpacks (past its first 100 KB) to more than 1 /
 * {@link ImportLimits#MIN_INFLATE_RATIO} times its compressed size (a zip bomb).
 */
final class XlsxPackage implements Closeable, XlsxStreamReader.Parts {

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String OFFICE_DOCUMENT = RELATIONSHIPS + "officeDocument";
    private static final String STYLES = RELATIONSHIPS + "styles";
    private static final String SHARED_STRINGS_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    private static final Set<String> WORKBOOK_TYPES = Set.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
            "application/vnd.ms-excel.template.macroEnabled.main+xml");
    /** Unpacked bytes read before the compression ratio is checked (POI's grace size). */
    static final long GRACE_BYTES = 100 * 1024;

    /** One relationship: its type and the part it points to (null when external or unusable). */
    private record Relationship(String type, String part) {
    }

    private final ZipFile zip;
    /** The package's entries by lower-case name (part names are case-insensitive). */
    private final Map<String, ZipEntry> entries = new HashMap<>();
    private final Map<String, String> defaults = new HashMap<>();
    private final Map<String, String> overrides = new HashMap<>();
    private String workbook;
    private Map<String, Relationship> workbookRelationships;
    private String styles;
    private String sharedStrings;

    private XlsxPackage(ZipFile zip) {
        this.zip = zip;
    }

    /**
     * The package's parts, or null when it is not an ordinary workbook (then POI reads it).
     *
     * @throws IOException when the file cannot be opened as a zip (the caller has checked that it can)
     */
    static XlsxPackage open(Path file) throws IOException {
        ZipFile zip = new ZipFile(file.toFile());
        XlsxPackage p = new XlsxPackage(zip);
        try {
            if (p.locate()) {
                return p;
            }
        } catch (IOException | RuntimeException e) {
            // not ordinary: POI reads it and says what is wrong
        }
        zip.close();
        return null;
    }

    /** The streaming reader over this package's parts, or null when its workbook, styles or strings do not parse. */
    XlsxStreamReader reader() {
        try {
            XlsxStreamReader r = new XlsxStreamReader(this, Map.of());
            for (XlsxStreamReader.SheetEntry e : r.sheets()) {
                if (!e.hidden() && part(e.relationId()) == null) {
                    return null;
                }
            }
            return r;
        } catch (Exception e) {
            return null;
        }
    }

    private boolean locate() throws IOException {
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry e = all.nextElement();
            String name = e.getName();
            if (name.startsWith("/") || name.contains("\\") || entries.put(name.toLowerCase(Locale.ROOT), e) != null) {
                return false;
            }
        }
        if (!contentTypes()) {
            return false;
        }
        for (Map.Entry<String, ZipEntry> e : entries.entrySet()) {
            if (e.getKey().startsWith("xl/externallinks/")) {
                return false;                                        // POI names the linked workbooks
            }
            if (!e.getValue().isDirectory() && !e.getKey().equals("[content_types].xml") && contentType(e.getKey()) == null) {
                return false;
            }
        }
        Relationship main = null;
        for (Relationship r : relationships("").values()) {
            if (r.type().equals(OFFICE_DOCUMENT)) {
                if (main != null) {
                    return false;
                }
                main = r;
            }
        }
        if (main == null || main.part() == null || !WORKBOOK_TYPES.contains(contentType(main.part()))) {
            return false;
        }
        workbook = main.part();
        workbookRelationships = relationships(workbook);
        for (Relationship r : workbookRelationships.values()) {
            if (r.type().endsWith("/externalLink") || r.type().endsWith("/externalLinkPath")) {
                return false;
            }
            if (r.type().equals(STYLES) && styles == null) {
                styles = r.part();
            }
        }
        for (String name : entries.keySet()) {
            if (SHARED_STRINGS_TYPE.equals(contentType(name))) {
                if (sharedStrings != null) {
                    return false;                                    // POI takes the first by name; not worth copying
                }
                sharedStrings = name;
            }
        }
        return true;
    }

    private boolean contentTypes() throws IOException {
        if (!entries.containsKey("[content_types].xml")) {
            return false;
        }
        try (InputStream in = read("[content_types].xml")) {
            XmlScanner x = XmlScanner.of(in);
            for (XmlScanner.Event e = x.next(); e != XmlScanner.Event.EOF; e = x.next()) {
                if (e != XmlScanner.Event.START) {
                    continue;
                }
                int type = x.attribute("ContentType");
                if (x.localName().equals("Default") && x.attribute("Extension") >= 0 && type >= 0) {
                    defaults.put(x.attributeValue(x.attribute("Extension")).toLowerCase(Locale.ROOT), x.attributeValue(type));
                } else if (x.localName().equals("Override") && x.attribute("PartName") >= 0 && type >= 0) {
                    String part = x.attributeValue(x.attribute("PartName"));
                    if (!part.startsWith("/")) {
                        return false;
                    }
                    overrides.put(part.substring(1).toLowerCase(Locale.ROOT), x.attributeValue(type));
                }
            }
        }
        return true;
    }

    private String contentType(String name) {
        String type = overrides.get(name);
        if (type != null) {
            return type;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot < name.lastIndexOf('/') ? null : defaults.get(name.substring(dot + 1));
    }

    /** The relationships of a part ("" for the package), by id; empty when it has none. */
    private Map<String, Relationship> relationships(String source) throws IOException {
        int slash = source.lastIndexOf('/');
        String dir = source.substring(0, slash + 1);
        String rels = dir + "_rels/" + source.substring(slash + 1) + ".rels";
        Map<String, Relationship> out = new HashMap<>();
        if (!entries.containsKey(rels)) {
            return out;
        }
        try (InputStream in = read(rels)) {
            XmlScanner x = XmlScanner.of(in);
            for (XmlScanner.Event e = x.next(); e != XmlScanner.Event.EOF; e = x.next()) {
                if (e != XmlScanner.Event.START || !x.localName().equals("Relationship")) {
                    continue;
                }
                int id = x.attribute("Id");
                int type = x.attribute("Type");
                int target = x.attribute("Target");
                int mode = x.attribute("TargetMode");
                if (id < 0 || type < 0 || target < 0) {
                    throw new IOException("a relationship without an id, type or target");
                }
                boolean external = mode >= 0 && x.attributeValue(mode).equals("External");
                String part = external ? null : resolve(dir, x.attributeValue(target));
                if (out.put(x.attributeValue(id), new Relationship(x.attributeValue(type), part)) != null) {
                    throw new IOException("two relationships with one id");
                }
            }
        }
        return out;
    }

    /** A target relative to a folder as the lower-case name of an entry in the package, or null. */
    private String resolve(String dir, String target) {
        if (target.isEmpty() || target.chars().anyMatch(c -> c == '%' || c == ':' || c == '\\' || c == '?' || c == '#')) {
            return null;
        }
        String path = target.startsWith("/") ? target.substring(1) : dir + target;
        Deque<String> parts = new ArrayDeque<>();
        for (String s : path.split("/", -1)) {
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else if (!s.isEmpty() && !s.equals(".")) {
                parts.addLast(s);
            }
        }
        String name = String.join("/", parts).toLowerCase(Locale.ROOT);
        return entries.containsKey(name) && !entries.get(name).isDirectory() ? name : null;
    }

    private String part(String relationId) {
        Relationship r = relationId == null ? null : workbookRelationships.get(relationId);
        return r == null ? null : r.part();
    }

    @Override
    public SharedStringsPart sharedStrings() throws IOException {
        if (sharedStrings == null) {
            return null;
        }
        try (InputStream in = read(sharedStrings)) {
            return SharedStringsPart.read(in);
        }
    }

    @Override
    public InputStream styles() throws IOException {
        return styles == null ? null : read(styles);
    }

    @Override
    public InputStream workbook() throws IOException {
        return read(workbook);
    }

    @Override
    public InputStream sheet(String relationId) throws IOException {
        String part = part(relationId);
        if (part == null) {
            throw new IOException("no sheet part for the relationship " + relationId);
        }
        return read(part);
    }

    /** An entry's bytes, unpacked within the limits. */
    private InputStream read(String name) throws IOException {
        ZipEntry e = entries.get(name);
        return new Limited(zip.getInputStream(e), e);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** The unpacked bytes of an entry, refused past the size limit or the compression ratio of a zip bomb. */
    private static final class Limited extends FilterInputStream {
        private final ZipEntry entry;
        private long count;

        Limited(InputStream in, ZipEntry entry) {
            super(in);
            this.entry = entry;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws IOException {
            count += n;
            if (count > ImportLimits.MAX_ENTRY_BYTES) {
                throw new IOException("the zip entry " + entry.getName() + " unpacks to more than "
                        + ImportLimits.MAX_ENTRY_BYTES + " bytes (max entry size)");
            }
            long packed = entry.getCompressedSize();
            if (count > GRACE_BYTES && (packed < 0 || (double) packed / count < ImportLimits.MIN_INFLATE_RATIO)) {
                throw new IOException("zip bomb: the zip entry " + entry.getName() + " unpacks to more than "
                        + Math.round(1 / ImportLimits.MIN_INFLATE_RATIO) + " times its packed size (inflate ratio)");
            }
        }

        @Override
        public long skip(long n) throws IOException {
            return read(new byte[(int) Math.min(Math.max(n, 0), 8192)], 0, (int) Math.min(Math.max(n, 0), 8192));
        }
    }
}
