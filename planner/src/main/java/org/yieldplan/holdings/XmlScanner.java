package org.yieldplan.holdings;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A pull scanner for the XML of a worksheet: start and end tags, attributes, text, CDATA, comments and processing
 * instructions, with the five predefined entities and character references. Names are given without their namespace
 * prefix, as a namespace-aware SAX reader gives local names; attributes are looked up by the name written.
 *
 * <p>Safe by construction: a DOCTYPE is refused (so no entity can be declared: no external entity, no "billion
 * laughs"), and so is every named entity other than the five XML predefines. Malformed markup (an end tag that does
 * not match, a document that ends inside an element, an undeclared entity, a character XML forbids, text outside
 * the root) is refused with {@link Malformed}, whose message says what and where.
 *
 * <p>The text of a tag and its attributes stays valid until the next call to {@link #next()}.
 */
final class XmlScanner {

    /** What {@link #next()} found. */
    enum Event { START, END, TEXT, EOF }

    /** The XML is not well formed, or declares a DOCTYPE. */
    static final class Malformed extends IOException {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    /** The XML declaration: version, then optionally encoding and standalone, in that order. */
    private static final java.util.regex.Pattern DECLARATION = java.util.regex.Pattern.compile(
            "<\\?xml[ \\t\\r\\n]+version[ \\t\\r\\n]*=[ \\t\\r\\n]*([\"'])1\\.[0-9]+\\1"
            + "([ \\t\\r\\n]+encoding[ \\t\\r\\n]*=[ \\t\\r\\n]*([\"'])(([A-Za-z][A-Za-z0-9._-]*))\\3)?"
            + "([ \\t\\r\\n]+standalone[ \\t\\r\\n]*=[ \\t\\r\\n]*([\"'])(yes|no)\\7)?[ \\t\\r\\n]*\\?>");

    /** Longest tag (name and attributes) read, characters. */
    static final int MAX_TAG_CHARS = 1 << 20;
    /** Most attributes on one element (the JDK parser's default limit). */
    static final int MAX_ATTRIBUTES = 10_000;
    /** Deepest nesting of elements. */
    static final int MAX_DEPTH = 10_000;
    private static final int MAX_CACHED_NAMES = 512;
    /** Most namespace prefixes declared in one part. */
    static final int MAX_PREFIXES = 1000;
    private static final char[] NEWLINE = {'\n'};
    /** ASCII characters in names: {@link #NAME_START} for those that may start one, 1 for the others, else 0. */
    private static final byte[] NAME = new byte[128];
    private static final byte NAME_START = 2;

    static {
        for (char c = 0; c < 128; c++) {
            boolean start = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':';
            NAME[c] = start ? NAME_START : c >= '0' && c <= '9' || c == '-' || c == '.' ? (byte) 1 : 0;
        }
    }

    private final Reader in;
    private char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    /** Characters before {@code buf[0]}, for positions in messages. */
    private long consumed;
    private int line = 1;

    private String[] stack = new String[16];
    /** The local names of the open elements. */
    private String[] stackLocal = new String[16];
    private int depth;
    private boolean rootSeen;
    private boolean inCdata;
    private boolean pendingEnd;

    private String name;
    private String localName;
    private int attributes;
    /** Where each attribute's name lies in the buffer (names are compared there, not made into Strings). */
    private int[] attrNameStart = new int[8];
    private int[] attrNameEnd = new int[8];
    private int[] attrStart = new int[8];
    private int[] attrEnd = new int[8];
    private boolean[] attrPlain = new boolean[8];

    private char[] text;
    private int textStart;
    private int textLength;
    private final char[] scratch = new char[2];

    /** Each cached name as written and its local name, in pairs; {@link #nameChars} holds the first's characters. */
    private final String[] names = new String[MAX_CACHED_NAMES * 2];
    private final char[][] nameChars = new char[MAX_CACHED_NAMES][];
    /** Whether each cached name's prefix is known to be declared (or it has none). */
    private final boolean[] nameBound = new boolean[MAX_CACHED_NAMES];
    /** The namespace prefixes declared so far ({@code xmlns:p="..."}), with xml and xmlns, which need none. */
    private final java.util.List<char[]> prefixes = new java.util.ArrayList<>(java.util.List.of("xml".toCharArray(),
            "xmlns".toCharArray()));
    private int cachedNames;

    private XmlScanner(Reader in) {
        this.in = in;
    }

    /** A scanner over bytes in the encoding their byte-order mark or XML declaration names (UTF-8 when neither). */
    static XmlScanner of(InputStream bytes) throws IOException {
        InputStream in = bytes.markSupported() ? bytes : new java.io.BufferedInputStream(bytes, 1 << 16);
        in.mark(256);
        byte[] head = in.readNBytes(256);
        in.reset();
        Charset charset = charset(head);
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            in.skipNBytes(3);
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new XmlScanner(new InputStreamReader(in, decoder));
    }

    private static Charset charset(byte[] head) throws Malformed {
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16;                              // the decoder reads the mark
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16;
        }
        if (head.length >= 4 && head[0] == 0 && head[1] == '<' && head[2] == 0 && head[3] == '?') {
            return StandardCharsets.UTF_16BE;
        }
        if (head.length >= 4 && head[0] == '<' && head[1] == 0 && head[2] == '?' && head[3] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        String start = new String(head, StandardCharsets.ISO_8859_1);
        int off = start.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0;
        if (!start.startsWith("<?xml", off)) {
            return StandardCharsets.UTF_8;
        }
        java.util.regex.Matcher decl = DECLARATION.matcher(start).region(off, start.length());
        if (!decl.lookingAt() || decl.group(5) == null) {
            return StandardCharsets.UTF_8;                               // a malformed declaration is refused when read
        }
        String enc = decl.group(5);
        try {
            Charset c = Charset.forName(enc);
            return c.name().startsWith("UTF-16") && off == 0 ? StandardCharsets.UTF_8 : c;   // a UTF-16 file has a mark
        } catch (IllegalArgumentException ex) {
            throw new Malformed("the XML declares the encoding '" + (enc.length() > 40 ? enc.substring(0, 40) : enc)
                    + "', which is not known");
        }
    }

    /** The next event; {@link Event#EOF} once the root element has closed and only comments or spaces followed. */
    Event next() throws IOException {
        if (pendingEnd) {                                                // <empty/>: its end after its start
            pendingEnd = false;
            pop();
            return Event.END;
        }
        while (true) {
            Event e = inCdata ? cdata() : content();
            if (e == Event.TEXT && depth == 0) {
                spacesOnly();                                            // spaces around the root are not reported
            } else if (e != null) {
                return e;
            }
        }
    }

    /** The next tag or text outside CDATA; null after a comment, processing instruction or CDATA start. */
    private Event content() throws IOException {
        if (pos >= limit && !fill()) {
            if (depth > 0) {
                throw malformed("the XML ends inside <" + stack[depth - 1] + ">");
            }
            if (!rootSeen) {
                throw malformed("the XML has no root element");
            }
            return Event.EOF;
        }
        char c = buf[pos];
        if (c == '<') {
            return markup();
        }
        if (c == '&') {
            reference();
            return Event.TEXT;
        }
        if (c == '\r') {
            pos++;
            ensure(1);
            if (pos < limit && buf[pos] == '\n') {
                pos++;
            }
            line++;
            return textOf(NEWLINE, 0, 1);
        }
        return plainText();
    }

    private void spacesOnly() throws Malformed {
        for (int k = textStart; k < textStart + textLength; k++) {
            char c = text[k];
            if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
                throw malformed(rootSeen ? "text after the root element" : "text before the root element");
            }
        }
    }

    /** The element's name as written (with its prefix), after {@link Event#START} or {@link Event#END}. */
    String name() {
        return name;
    }

    /** The element's local name, after {@link Event#START} or {@link Event#END}. */
    String localName() {
        return localName;
    }

    /** The text's characters, after {@link Event#TEXT}: {@code textChars()[textStart() .. + textLength()]}. */
    char[] textChars() {
        return text;
    }

    int textStart() {
        return textStart;
    }

    int textLength() {
        return textLength;
    }

    /** The index of the start tag's attribute written {@code qName}, or -1. */
    int attribute(String qName) {
        for (int i = 0; i < attributes; i++) {
            if (attrNameEnd[i] - attrNameStart[i] == qName.length() && regionIs(attrNameStart[i], qName)) {
                return i;
            }
        }
        return -1;
    }

    /** The number of attributes on the start tag. */
    int attributeCount() {
        return attributes;
    }

    /** The attribute's name as written (with its prefix). */
    String attributeName(int i) {
        return new String(buf, attrNameStart[i], attrNameEnd[i] - attrNameStart[i]);
    }

    /** The attribute's value, entities replaced and white space normalised as XML does. */
    String attributeValue(int i) throws Malformed {
        if (attrPlain[i]) {
            return new String(buf, attrStart[i], attrEnd[i] - attrStart[i]);
        }
        StringBuilder b = new StringBuilder(attrEnd[i] - attrStart[i]);
        for (int p = attrStart[i]; p < attrEnd[i]; p++) {
            char c = buf[p];
            if (c == '&') {
                int semi = p + 1;
                while (semi < attrEnd[i] && buf[semi] != ';') {
                    semi++;
                }
                if (semi >= attrEnd[i]) {
                    throw malformed("an attribute has '&' without an entity name and ';'");
                }
                int n = entity(p + 1, semi);
                b.append(scratch, 0, n);
                p = semi;
            } else if (c == '\r') {
                b.append(' ');
                if (p + 1 < attrEnd[i] && buf[p + 1] == '\n') {
                    p++;
                }
            } else if (c == '\n' || c == '\t') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** True when the attribute's value is {@code expected}. */
    boolean attributeIs(int i, String expected) throws Malformed {
        if (!attrPlain[i]) {
            return attributeValue(i).equals(expected);
        }
        int n = attrEnd[i] - attrStart[i];
        if (n != expected.length()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (buf[attrStart[i] + k] != expected.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The attribute as an int ({@link Integer#parseInt} of its value; its {@link NumberFormatException} when none). */
    int attributeInt(int i) throws Malformed {
        int n = attrEnd[i] - attrStart[i];
        if (attrPlain[i] && n > 0 && n <= 9) {
            int v = 0;
            for (int p = attrStart[i]; p < attrEnd[i]; p++) {
                char c = buf[p];
                if (c < '0' || c > '9') {
                    return Integer.parseInt(attributeValue(i));
                }
                v = v * 10 + (c - '0');
            }
            return v;
        }
        return Integer.parseInt(attributeValue(i));
    }

    /** The 0-based column of a cell reference such as {@code AB12} ({@link XlsxStreamReader#columnOf}), -1 when no letters. */
    int attributeColumn(int i) throws Malformed {
        if (!attrPlain[i]) {
            return XlsxStreamReader.columnOf(attributeValue(i));
        }
        int col = 0;
        int k = 0;
        for (int p = attrStart[i]; p < attrEnd[i] && k < 4; p++, k++) {
            char c = buf[p];
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - 'a' + 'A');
            } else if (c >= 0x80) {
                return XlsxStreamReader.columnOf(attributeValue(i));     // letters that upper-case to A-Z
            }
            if (c < 'A' || c > 'Z') {
                break;
            }
            col = col * 26 + (c - 'A' + 1);
        }
        return k == 0 ? -1 : col - 1;
    }

    // ---- scanning

    private Event plainText() throws Malformed {
        int start = pos;
        int p = pos;
        int end = limit;
        char[] b = buf;
        while (p < end) {
            char c = b[p];
            if (c == '<' || c == '&' || c == '\r') {
                break;
            }
            if (c < 0x20) {
                if (c == '\n') {
                    line++;
                } else if (c != '\t') {
                    pos = p;
                    throw malformed("a character XML forbids (U+" + String.format("%04X", (int) c) + ")");
                }
            } else if (c >= 0xFFFE || c == ']' && p + 2 < end && b[p + 1] == ']' && b[p + 2] == '>') {
                pos = p;
                throw malformed(c == ']' ? "']]>' in text" : "a character XML forbids (U+" + Integer.toHexString(c) + ")");
            }
            p++;
        }
        pos = p;
        return textOf(b, start, p - start);
    }

    private Event textOf(char[] chars, int start, int length) {
        text = chars;
        textStart = start;
        textLength = length;
        return Event.TEXT;
    }

    private void reference() throws IOException {
        int semi = find(';', 12);
        if (semi < 0) {
            throw malformed("'&' without an entity name and ';' (write &amp; for &)");
        }
        int n = entity(pos + 1, semi);
        pos = semi + 1;
        textOf(scratch, 0, n);
    }

    /** Decodes {@code buf[from..to)} (between '&' and ';') into {@link #scratch}; the number of chars. */
    private int entity(int from, int to) throws Malformed {
        String ref = new String(buf, from, to - from);
        switch (ref) {
            case "lt" -> scratch[0] = '<';
            case "gt" -> scratch[0] = '>';
            case "amp" -> scratch[0] = '&';
            case "quot" -> scratch[0] = '"';
            case "apos" -> scratch[0] = '\'';
            default -> {
                if (!ref.startsWith("#")) {
                    throw malformed("the entity &" + (ref.length() > 20 ? ref.substring(0, 20) : ref)
                            + "; is not declared (the file defines no entities)");
                }
                int cp;
                try {
                    cp = ref.startsWith("#x") ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
                } catch (NumberFormatException e) {
                    throw malformed("the character reference &" + ref + "; is not a number");
                }
                if (!xmlChar(cp)) {
                    throw malformed("the character reference &" + ref + "; is a character XML forbids");
                }
                return Character.toChars(cp, scratch, 0);
            }
        }
        return 1;
    }

    private static boolean xmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }

    /** At '<': a tag (its event), or a comment, processing instruction or CDATA start (null: go on). */
    private Event markup() throws IOException {
        ensure(9);
        if (pos + 1 >= limit) {
            throw malformed("the XML ends inside a tag");
        }
        char c = buf[pos + 1];
        if (c == '?') {
            instruction();
            return null;
        }
        if (c == '!') {
            if (startsWith("<!--")) {
                skipPast("-->", "a comment", true);
                return null;
            }
            if (startsWith("<![CDATA[")) {
                if (depth == 0) {
                    throw malformed("CDATA outside the root element");
                }
                pos += 9;
                inCdata = true;
                return null;
            }
            if (startsWith("<!DOCTYPE")) {
                throw malformed("DOCTYPE is disallowed: the file's XML declares a document type (entity definitions)");
            }
            throw malformed("markup '<!' that is not a comment or CDATA");
        }
        int end = tagEnd();
        if (c == '/') {
            endTag(end);
            return Event.END;
        }
        startTag(end);
        return Event.START;
    }

    private void instruction() throws IOException {
        boolean atStart = consumed + pos == 0;
        ensure(512);
        int p = pos + 2;
        int targetEnd = nameEnd(p, limit);
        if (targetEnd >= limit || !space(buf[targetEnd]) && !(buf[targetEnd] == '?' && targetEnd + 1 < limit
                && buf[targetEnd + 1] == '>')) {
            throw malformed("a processing instruction without a name");
        }
        if (targetEnd - p == 3 && new String(buf, p, 3).equalsIgnoreCase("xml")) {
            if (!atStart) {
                throw malformed("an XML declaration that is not at the start of the part");
            }
            java.util.regex.Matcher m = DECLARATION.matcher(java.nio.CharBuffer.wrap(buf, pos, limit - pos));
            if (!m.lookingAt()) {
                throw malformed("the XML declaration is not well formed");
            }
            pos += m.end();
            return;
        }
        skipPast("?>", "a processing instruction", false);
    }

    /** Skips to just after {@code end}, refilling as needed; the XML must not end first. */
    private void skipPast(String end, String what, boolean comment) throws IOException {
        pos += comment ? 4 : 2;
        while (true) {
            for (int p = pos; p + end.length() <= limit; p++) {
                char c = buf[p];
                if (c == '\n') {
                    line++;
                } else if (c < 0x20 && c != '\t' && c != '\r' || c >= 0xFFFE) {
                    pos = p;
                    throw malformed("a character XML forbids (U+" + Integer.toHexString(c) + ") in " + what);
                }
                if (c == end.charAt(0) && regionIs(p, end)) {
                    pos = p + end.length();
                    return;
                }
                if (comment && c == '-' && buf[p + 1] == '-') {
                    pos = p;
                    throw malformed("'--' inside a comment");
                }
            }
            int keep = Math.max(pos, limit - end.length() + 1);
            pos = keep;
            if (!fill()) {
                throw malformed("the XML ends inside " + what);
            }
        }
    }

    private Event cdata() throws IOException {
        if (limit - pos < 3 && !fill() && limit - pos < 3) {
            throw malformed("the XML ends inside CDATA");
        }
        int start = pos;
        int p = pos;
        while (p < limit) {
            char c = buf[p];
            if (c == ']' && p + 2 < limit && buf[p + 1] == ']' && buf[p + 2] == '>') {
                if (p > start) {
                    pos = p;
                    return textOf(buf, start, p - start);
                }
                pos = p + 3;
                inCdata = false;
                return null;
            }
            if (c == ']' && p + 2 >= limit) {                              // may be "]]>" cut by the buffer
                break;
            }
            if (c == '\r') {
                if (p > start) {
                    pos = p;
                    return textOf(buf, start, p - start);
                }
                pos = p + 1;
                ensure(1);
                if (pos < limit && buf[pos] == '\n') {
                    pos++;
                }
                line++;
                return textOf(NEWLINE, 0, 1);
            }
            if (c < 0x20 && c != '\n' && c != '\t' || c >= 0xFFFE) {
                pos = p;
                throw malformed("a character XML forbids (U+" + Integer.toHexString(c) + ")");
            }
            if (c == '\n') {
                line++;
            }
            p++;
        }
        if (p > start) {
            pos = p;
            return textOf(buf, start, p - start);
        }
        if (!fill() && limit - pos < 3) {
            throw malformed("the XML ends inside CDATA");
        }
        return null;
    }

    /** The index of the '>' closing the tag at {@link #pos}, the whole tag brought into the buffer. */
    private int tagEnd() throws IOException {
        int p = pos + 1;
        char quote = 0;
        while (true) {
            while (p < limit) {
                char c = buf[p];
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '>') {
                    return p;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '<') {
                    pos = p;
                    throw malformed("'<' inside a tag");
                }
                p++;
            }
            int offset = pos;
            if (p - pos >= MAX_TAG_CHARS) {
                throw malformed("a tag longer than " + MAX_TAG_CHARS + " characters");
            }
            if (!fill()) {
                throw malformed("the XML ends inside a tag");
            }
            p -= offset - pos;
        }
    }

    private void startTag(int end) throws Malformed {
        if (depth == 0 && rootSeen) {
            throw malformed("a second root element");
        }
        int p = pos + 1;
        int nameEnd = nameEnd(p, end);
        name = name(p, nameEnd);
        localName = names[cachedIndex + 1];
        int elementIndex = cachedIndex / 2;
        attributes = 0;
        p = nameEnd;
        boolean empty = false;
        while (true) {
            int s = p;
            while (p < end && space(buf[p])) {
                if (buf[p] == '\n') {
                    line++;
                }
                p++;
            }
            if (p == end) {
                break;
            }
            if (buf[p] == '/' && p + 1 == end) {
                empty = true;
                break;
            }
            if (p == s) {
                throw malformed("attributes of <" + name + "> must be separated by spaces");
            }
            int as = p;
            int an = nameEnd(p, end);
            p = an;
            while (p < end && space(buf[p])) {
                p++;
            }
            if (p >= end || buf[p] != '=') {
                throw malformed("the attribute " + new String(buf, as, an - as) + " of <" + name + "> has no '=' and value");
            }
            p++;
            while (p < end && space(buf[p])) {
                p++;
            }
            if (p >= end || buf[p] != '"' && buf[p] != '\'') {
                throw malformed("the attribute " + new String(buf, as, an - as) + " of <" + name + "> has no quoted value");
            }
            char q = buf[p];
            int vs = ++p;
            boolean plain = true;
            while (p < end && buf[p] != q) {
                char c = buf[p];
                if (c == '&') {
                    plain = false;
                    int semi = p + 1;
                    while (semi < end && buf[semi] != ';' && buf[semi] != q) {
                        semi++;
                    }
                    if (semi >= end || buf[semi] != ';') {
                        throw malformed("'&' without an entity name and ';' in the attribute "
                                + new String(buf, as, an - as) + " (write &amp; for &)");
                    }
                    entity(p + 1, semi);                                 // refuses anything but XML's five and &#...;
                    p = semi;
                } else if (c == '\n' || c == '\r' || c == '\t') {
                    plain = false;
                } else if (c < 0x20 || c >= 0xFFFE) {
                    throw malformed("a character XML forbids in the attribute " + new String(buf, as, an - as));
                } else if (c == '<') {
                    throw malformed("'<' in the value of the attribute " + new String(buf, as, an - as));
                }
                p++;
            }
            addAttribute(as, an, vs, p, plain);
            p++;
        }
        namespaces(elementIndex);
        push(name);
        rootSeen = true;
        pos = end + 1;
        pendingEnd = empty;
    }

    /**
     * Takes the start tag's namespace declarations, then refuses a prefix on it or its attributes that none declared
     * (a declaration is taken as holding for the rest of the part, not only inside its element: laxer than XML's
     * scoping, which changes no name this reader looks up).
     */
    private void namespaces(int elementIndex) throws Malformed {
        for (int i = 0; i < attributes; i++) {
            int from = attrNameStart[i];
            int colon = colon(from, attrNameEnd[i]);
            if (colon < 0) {
                continue;
            }
            if (colon == from || colon == attrNameEnd[i] - 1 || colon(colon + 1, attrNameEnd[i]) >= 0) {
                throw malformed("the attribute name " + attributeName(i) + " is not a name with at most one prefix");
            }
            if (colon - from == 5 && regionIs(from, "xmlns")) {
                if (attrEnd[i] == attrStart[i]) {
                    throw malformed("the namespace prefix " + attributeName(i) + " is declared empty");
                }
                if (prefix(colon + 1, attrNameEnd[i]) < 0) {
                    if (prefixes.size() == MAX_PREFIXES) {
                        throw malformed("more than " + MAX_PREFIXES + " namespace prefixes");
                    }
                    prefixes.add(java.util.Arrays.copyOfRange(buf, colon + 1, attrNameEnd[i]));
                }
            }
        }
        if (!nameBound[elementIndex]) {
            char[] n = nameChars[elementIndex];
            int colon = new String(n).indexOf(':');
            if (!declared(n, colon)) {
                throw malformed("the prefix of <" + name + "> is not declared");
            }
            nameBound[elementIndex] = true;
        }
        for (int i = 0; i < attributes; i++) {
            int colon = colon(attrNameStart[i], attrNameEnd[i]);
            if (colon >= 0 && prefix(attrNameStart[i], colon) < 0) {
                throw malformed("the prefix of the attribute " + attributeName(i) + " is not declared");
            }
        }
    }

    private boolean declared(char[] name, int colon) {
        for (char[] p : prefixes) {
            if (p.length == colon && java.util.Arrays.equals(p, 0, colon, name, 0, colon)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the declared prefix {@code buf[from..to)}, or -1. */
    private int prefix(int from, int to) {
        for (int k = 0; k < prefixes.size(); k++) {
            char[] p = prefixes.get(k);
            if (p.length == to - from && java.util.Arrays.equals(p, 0, p.length, buf, from, to)) {
                return k;
            }
        }
        return -1;
    }

    /** The index of the first ':' in {@code buf[from..to)}, or -1. */
    private int colon(int from, int to) {
        for (int p = from; p < to; p++) {
            if (buf[p] == ':') {
                return p;
            }
        }
        return -1;
    }

    private void addAttribute(int nameStart, int nameEnd, int start, int end, boolean plain) throws Malformed {
        if (attributes == MAX_ATTRIBUTES) {
            throw malformed("<" + name + "> has more than " + MAX_ATTRIBUTES + " attributes");
        }
        int n = nameEnd - nameStart;
        for (int i = 0; i < attributes; i++) {
            if (attrNameEnd[i] - attrNameStart[i] == n && java.util.Arrays.equals(buf, attrNameStart[i], attrNameEnd[i],
                    buf, nameStart, nameEnd)) {
                throw malformed("the attribute " + new String(buf, nameStart, n) + " is written twice on <" + name + ">");
            }
        }
        if (attributes == attrStart.length) {
            int size = attributes * 2;
            attrNameStart = java.util.Arrays.copyOf(attrNameStart, size);
            attrNameEnd = java.util.Arrays.copyOf(attrNameEnd, size);
            attrStart = java.util.Arrays.copyOf(attrStart, size);
            attrEnd = java.util.Arrays.copyOf(attrEnd, size);
            attrPlain = java.util.Arrays.copyOf(attrPlain, size);
        }
        attrNameStart[attributes] = nameStart;
        attrNameEnd[attributes] = nameEnd;
        attrStart[attributes] = start;
        attrEnd[attributes] = end;
        attrPlain[attributes] = plain;
        attributes++;
    }

    private void endTag(int end) throws Malformed {
        if (depth > 0) {                                                 // the usual case: it closes the open element
            String open = stack[depth - 1];
            int after = pos + 2 + open.length();
            if (after <= end && regionIs(pos + 2, open) && (after == end || space(buf[after]))) {
                int p = after;
                while (p < end && space(buf[p])) {
                    p++;
                }
                if (p == end) {
                    name = open;
                    localName = stackLocal[depth - 1];
                    pos = end + 1;
                    pop();
                    return;
                }
            }
        }
        int p = pos + 2;
        int nameEnd = nameEnd(p, end);
        String n = name(p, nameEnd);
        for (p = nameEnd; p < end; p++) {
            if (!space(buf[p])) {
                throw malformed("</" + n + "> has more than a name");
            }
        }
        if (depth == 0 || !stack[depth - 1].equals(n)) {
            throw malformed(depth == 0 ? "</" + n + "> closes no element"
                    : "</" + n + "> where </" + stack[depth - 1] + "> was expected");
        }
        localName = names[cachedIndex + 1];
        name = n;
        pos = end + 1;
        pop();
    }

    private void push(String n) throws Malformed {
        if (depth == MAX_DEPTH) {
            throw malformed("elements nested more than " + MAX_DEPTH + " deep");
        }
        if (depth == stack.length) {
            stack = java.util.Arrays.copyOf(stack, depth * 2);
            stackLocal = java.util.Arrays.copyOf(stackLocal, depth * 2);
        }
        stackLocal[depth] = localName;
        stack[depth++] = n;
    }

    private void pop() {
        stack[--depth] = null;
        stackLocal[depth] = null;
    }

    /** The end of the XML name starting at {@code p}. */
    private int nameEnd(int p, int end) throws Malformed {
        int s = p;
        if (p < end) {
            char c = buf[p];
            if (c < 0x80 ? NAME[c] != NAME_START : c < 0xC0 || c >= 0xFFFE) {
                throw malformed("a tag or attribute name starting with '" + c + "'");
            }
        }
        while (p < end) {
            char c = buf[p];
            if (c < 0x80 ? NAME[c] != 0 : c >= 0xB7 && c < 0xFFFE) {
                p++;
            } else {
                break;
            }
        }
        if (p == s) {
            throw malformed("a tag without a name");
        }
        return p;
    }

    private int cachedIndex;
    /** The cache index of the name last seen with each (length, first and last character) hash. */
    private final int[] hints = new int[256];

    /** The name {@code buf[from..to)} as a String, the same instance each time it recurs (up to a limit of names). */
    private String name(int from, int to) throws Malformed {
        int n = to - from;
        int h = (buf[from] * 7919 + buf[to - 1] * 31 + n) & (hints.length - 1);
        int hinted = hints[h];
        if (nameChars[hinted / 2] != null && sameChars(from, nameChars[hinted / 2], n)) {
            cachedIndex = hinted;
            return names[hinted];
        }
        for (int i = 0; i < cachedNames; i++) {
            if (sameChars(from, nameChars[i], n)) {
                cachedIndex = i * 2;
                hints[h] = cachedIndex;
                return names[cachedIndex];
            }
        }
        String s = new String(buf, from, n);
        int colon = s.lastIndexOf(':');
        if (colon == 0 || colon == n - 1 || s.indexOf(':') != colon) {
            throw malformed("the name " + s + " is not a name with at most one prefix");
        }
        String local = colon < 0 ? s : s.substring(colon + 1);
        if (cachedNames < MAX_CACHED_NAMES) {
            cachedIndex = cachedNames * 2;
            cachedNames++;
        } else {
            cachedIndex = (MAX_CACHED_NAMES - 1) * 2;                    // the last slot is reused
        }
        names[cachedIndex] = s;
        names[cachedIndex + 1] = local;
        nameChars[cachedIndex / 2] = s.toCharArray();
        nameBound[cachedIndex / 2] = colon < 0;
        hints[h] = cachedIndex;
        return s;
    }

    private boolean sameChars(int from, char[] name, int n) {
        if (name.length != n) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (buf[from + k] != name[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    private boolean startsWith(String s) {
        return pos + s.length() <= limit && regionIs(pos, s);
    }

    private boolean regionIs(int p, String s) {
        for (int k = 0; k < s.length(); k++) {
            if (buf[p + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The index of {@code c} within {@code max} characters of {@link #pos}, or -1. */
    private int find(char c, int max) throws IOException {
        ensure(max);
        for (int p = pos + 1; p < limit && p <= pos + max; p++) {
            if (buf[p] == c) {
                return p;
            }
        }
        return -1;
    }

    /** Brings at least {@code n} characters after {@link #pos} into the buffer, unless the XML ends first. */
    private void ensure(int n) throws IOException {
        while (limit - pos < n && fill()) {
            // filled
        }
    }

    /** Moves the characters from {@link #pos} to the start of the buffer and reads more; false at the end. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            consumed += pos;
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }

    private Malformed malformed(String what) {
        return new Malformed("an XML part is not well formed at line " + line + ": " + what);
    }
}
