package org.yieldplan.holdings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The sheet XML scanner against the JDK's SAX parser (as POI sets it up, DOCTYPEs disallowed): the same
 * elements, attributes and text for well-formed XML, and a refusal for XML that parser refuses.
 */
class XmlScannerTest {

    private static final String NS = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

    @ParameterizedTest
    @ValueSource(strings = {
        "<worksheet " + NS + "><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ETH</t></is></c>"
                + "<c r=\"B1\" s=\"3\"><v>2.5</v></c></row></sheetData></worksheet>",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<!-- made by hand -->\n<worksheet " + NS
                + "><sheetData><row><c><v> 12 </v></c><c/></row></sheetData></worksheet>\n<!-- after -->\n",
        "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData><x:row r='2'>"
                + "<x:c r='C2' t='s'><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>",
        "<w><t>a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; &#233;&#xE9; &#x1F600; <![CDATA[<not a tag> & ]]]]>x</t></w>",
        "<w><t>line one\r\nline two\rline three\n\tend</t></w>",
        "<w a=\"x&amp;y &#65;\tz\r\nq\" b='\"in single\"'  c = \"sp\" ><?pi data?><t xml:space=\"preserve\">  </t></w>",
        "<w><is><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space=\"preserve\"> rest</t></r><rPh><t>ph</t></rPh></is></w>",
        "<w>" + "é€漢字😀" + "</w>",
    })
    void wellFormedXml_readsAsTheSaxParserReadsIt(String xml) throws Exception {
        for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16)) {
            String decl = cs == StandardCharsets.UTF_8 ? xml : xml.startsWith("<?xml")
                    ? xml.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"") : "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + xml;
            byte[] bytes = decl.getBytes(cs);
            assertThat(scanned(bytes)).as(cs.name()).isEqualTo(sax(bytes));
        }
    }

    @Test
    void aByteOrderMark_isSkipped() throws Exception {
        byte[] xml = "\uFEFF<w><t>x</t></w>".getBytes(StandardCharsets.UTF_8);
        assertThat(scanned(xml)).isEqualTo(sax(xml)).containsExactly("<w>", "<t>", "x", "</t>", "</w>");
    }

    @Test
    void aLongSheet_crossesTheBufferAtEveryKindOfPlace() throws Exception {
        StringBuilder x = new StringBuilder("<worksheet " + NS + "><sheetData>");
        for (int r = 1; r <= 20_000; r++) {
            x.append("<row r=\"").append(r).append("\" spans=\"1:3\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>")
                    .append("T&amp;").append(r).append(r % 3 == 0 ? "é€漢😀" : "").append("</t></is></c><c r=\"B")
                    .append(r).append("\"><v>").append(r * 0.5)
                    .append("</v></c><!-- c --><c r=\"C").append(r).append("\" t=\"str\"><v><![CDATA[").append(r)
                    .append("]]></v></c></row>\r\n");
        }
        byte[] bytes = x.append("</sheetData></worksheet>").toString().getBytes(StandardCharsets.UTF_8);
        assertThat(joined(scanned(bytes))).isEqualTo(joined(sax(bytes)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<w><t>x</w>",                                   // crossed
        "<w><t>x</t>",                                   // ends inside the root
        "<w><t>x</t></w><w/>",                           // two roots
        "text<w/>",                                      // text before the root
        "<w/>after",                                     // text after the root
        "<w><t>&nbsp;</t></w>",                          // an entity nothing declares
        "<w><t>&#0;</t></w>",                            // a character XML forbids, by reference
        "<w><t>a\u0001b</t></w>",                        // ... written
        "<w a=\"1\" a=\"2\"/>",                          // an attribute twice
        "<w a=1/>",                                      // an unquoted value
        "<w a=\"<\"/>",                                  // '<' in a value
        "<w><t>a & b</t></w>",                           // a bare '&'
        "<w><![CDATA[x</w>",                             // CDATA that never ends
        "<w><!-- x </w>",                                // a comment that never ends
        "<w><1x/></w>",                                  // a name starting with a digit
        "",                                              // nothing
        "<w><t>]]></t></w>",                             // ']]>' in text
        "<w/><?xml version=\"1.0\"?>",                   // a declaration not at the start
        "<?xml version-\"1.0\"?><w/>",                    // a malformed declaration
        "<?xml version=\"1.0\" encodig=\"UTF-8\"?><w/>",  // ... with a misspelt pseudo-attribute
        "<w a=\"b&c\"/>",                                // a bare '&' in an attribute
        "<w a=\"&lol;\"/>",                              // an undeclared entity in an attribute
        "<w><!-- a -- b --></w>",                        // '--' in a comment
        "<w><!-- \u0000 --></w>",                        // a forbidden character in a comment
        "<x:w/>",                                        // a prefix nobody declared
        "<w y:a=\"1\"/>",                                // ... on an attribute
        "<w xmlns::r=\"u\"/>",                           // a name with two colons
    })
    void malformedXml_isRefusedAsTheSaxParserRefusesIt(String xml) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> sax(bytes)).as("the SAX parser refuses it too").isNotNull();
        assertThatThrownBy(() -> scanned(bytes)).isInstanceOf(XmlScanner.Malformed.class)
                .hasMessageStartingWith("an XML part is not well formed at line ");
    }

    @Test
    void aDoctype_isRefusedBeforeAnyEntityIsRead() {
        String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
                + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n]>\n<w><t>&lol1;</t></w>";
        String external = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><w>&xxe;</w>";
        for (String xml : List.of(bomb, external)) {
            assertThatThrownBy(() -> scanned(xml.getBytes(StandardCharsets.UTF_8))).isInstanceOf(XmlScanner.Malformed.class)
                    .hasMessageContaining("DOCTYPE is disallowed");
            assertThat(FileTrouble.explain(catching(xml))).contains("declares a DOCTYPE").contains("refuses for safety");
        }
    }

    @Test
    void invalidUtf8_isRefused() throws Exception {
        byte[][] bad = {
            {(byte) 0xC3, (byte) 0x28},                  // a lead byte without its continuation
            {(byte) 0xC0, (byte) 0x80},                  // an overlong NUL
            {(byte) 0xE0, (byte) 0x80, (byte) 0x80},     // an overlong three-byte form
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},     // a surrogate
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},   // above U+10FFFF
            {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},   // a byte UTF-8 never uses
            {(byte) 0x80},                                // a continuation alone
        };
        for (byte[] b : bad) {
            byte[] xml = new byte[b.length + 7];
            System.arraycopy("<w>".getBytes(StandardCharsets.US_ASCII), 0, xml, 0, 3);
            System.arraycopy(b, 0, xml, 3, b.length);
            System.arraycopy("</w>".getBytes(StandardCharsets.US_ASCII), 0, xml, 3 + b.length, 4);
            assertThatThrownBy(() -> sax(xml)).as("the SAX parser refuses it too").isNotNull();
            assertThatThrownBy(() -> scanned(xml)).as(java.util.HexFormat.of().formatHex(b)).isInstanceOf(IOException.class);
        }
        byte[] cut = {'<', 'w', '>', (byte) 0xE2, (byte) 0x82};        // the part ends inside a character
        assertThatThrownBy(() -> scanned(cut)).isInstanceOf(IOException.class);
    }

    @Test
    void attributeHelpers_readColumnsNumbersAndValues() throws Exception {
        XmlScanner x = XmlScanner.of(new ByteArrayInputStream(
                "<c r=\"ab12\" s=\"17\" t=\"inlineStr\" q=\"&#65;&#66;3\" n=\"+5\" z=\"12\"/>".getBytes(StandardCharsets.UTF_8)));
        assertThat(x.next()).isEqualTo(XmlScanner.Event.START);
        assertThat(x.attributeColumn(x.attribute("r"))).isEqualTo(27);            // AB = 26 + 2, 0-based
        assertThat(x.attributeColumn(x.attribute("q"))).isEqualTo(27);            // &#65;&#66; = AB
        assertThat(x.attributeColumn(x.attribute("z"))).isEqualTo(-1);
        assertThat(x.attributeInt(x.attribute("s"))).isEqualTo(17);
        assertThat(x.attributeInt(x.attribute("n"))).isEqualTo(5);
        assertThat(x.attributeIs(x.attribute("t"), "inlineStr")).isTrue();
        assertThat(x.attributeIs(x.attribute("t"), "inline")).isFalse();
        assertThat(x.attribute("missing")).isEqualTo(-1);
        assertThatThrownBy(() -> x.attributeInt(x.attribute("t"))).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void plainNumbers_readAsDoubleParseDoubleReadsThem() {
        for (String s : List.of("0", "-0", "2.0", "12345.678", "0.1", "-3.25", "999999999999999", ".5", "5.",
                "0.00000000000001", "123456789.012345")) {
            assertThat(XlsxStreamReader.plainNumber(s)).as(s).isEqualTo(Double.parseDouble(s));
        }
        for (String s : List.of("", "-", ".", "1e5", " 1", "1 ", "1234567890123456", "0.000000000000001", "1.2.3", "NaN", "0x10")) {
            assertThat(XlsxStreamReader.plainNumber(s)).as(s).isNaN();
        }
    }

    private static Exception catching(String xml) {
        try {
            scanned(xml.getBytes(StandardCharsets.UTF_8));
            return null;
        } catch (Exception e) {
            return e;
        }
    }

    /** Events as {@code <name a=v ...>}, text (adjacent pieces joined), {@code </name>}. */
    private static List<String> scanned(byte[] xml) throws IOException {
        XmlScanner x = XmlScanner.of(new ByteArrayInputStream(xml));
        Events out = new Events();
        for (XmlScanner.Event e = x.next(); e != XmlScanner.Event.EOF; e = x.next()) {
            switch (e) {
                case START -> {
                    TreeMap<String, String> attrs = new TreeMap<>();
                    for (int i = 0; i < x.attributeCount(); i++) {
                        if (!x.attributeName(i).startsWith("xmlns")) {
                            attrs.put(x.attributeName(i), x.attributeValue(i));
                        }
                    }
                    out.start(x.localName(), attrs);
                }
                case END -> out.end(x.localName());
                case TEXT -> out.text(new String(x.textChars(), x.textStart(), x.textLength()));
                default -> {
                }
            }
        }
        return out.list;
    }

    private static List<String> sax(byte[] xml) throws Exception {
        Events out = new Events();
        org.xml.sax.XMLReader reader = org.apache.poi.util.XMLHelper.newXMLReader();
        reader.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        reader.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes a) {
                TreeMap<String, String> attrs = new TreeMap<>();
                for (int i = 0; i < a.getLength(); i++) {
                    attrs.put(a.getQName(i), a.getValue(i));
                }
                out.start(local, attrs);
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                out.end(local);
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                out.text(new String(ch, start, length));
            }
        });
        reader.parse(new org.xml.sax.InputSource(new ByteArrayInputStream(xml)));
        return out.list;
    }

    private static String joined(List<String> events) {
        return String.join("|", events);
    }

    private static final class Events {
        final List<String> list = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int depth;

        void start(String name, TreeMap<String, String> attrs) {
            flush();
            list.add("<" + name + (attrs.isEmpty() ? "" : " " + attrs) + ">");
            depth++;
        }

        void end(String name) {
            flush();
            list.add("</" + name + ">");
            depth--;
        }

        void text(String s) {
            if (depth > 0) {
                text.append(s);
            }
        }

        private void flush() {
            if (text.length() > 0) {
                list.add(text.toString());
                text.setLength(0);
            }
        }
    }
}
