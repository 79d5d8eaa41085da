package io.fabriclint.cli.output;

import io.fabriclint.analyzer.diagnostics.Diagnostic;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * `--format checkstyle`: Checkstyle's XML report, which reviewdog, Jenkins
 * and many CI tools read. One `<file>` per file analyzed, one `<error>` per
 * diagnostic (1-based line and column; severity error, warning or info;
 * source = the rule code). Built with the JDK's DOM and written by its
 * transformer, so every value is escaped as XML requires.
 */
final class CheckstyleOutput implements DiagnosticOutput {
    @Override
    public void write(PrintWriter out, LintOutcome outcome, boolean color) {
        out.print(xml(outcome));
    }

    static String xml(LintOutcome outcome) {
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element root = doc.createElement("checkstyle");
            root.setAttribute("version", "4.3");
            doc.appendChild(root);
            Map<Path, Element> files = new LinkedHashMap<>();
            for (Path f : outcome.result().files()) {
                files.computeIfAbsent(f, p -> fileElement(doc, root, p));
            }
            for (Diagnostic d : outcome.shown()) {
                Element error = doc.createElement("error");
                error.setAttribute("line", String.valueOf(d.range().startLine() + 1));
                error.setAttribute("column", String.valueOf(d.range().startColumn() + 1));
                error.setAttribute("severity", d.severity().label());
                error.setAttribute("message", xmlSafe(d.message()));
                error.setAttribute("source", d.code());
                files.computeIfAbsent(d.file(), p -> fileElement(doc, root, p)).appendChild(error);
            }
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            // The JDK writes no line break after the declaration of a standalone document unless asked to.
            transformer.setOutputProperty("http://www.oracle.com/xml/is-standalone", "yes");
            doc.setXmlStandalone(true);
            StringWriter text = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(text));
            String xml = text.toString();
            return xml.endsWith("\n") ? xml : xml + "\n";
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("the JDK's XML support failed: " + e.getMessage(), e);
        }
    }

    private static Element fileElement(Document doc, Element root, Path file) {
        Element e = doc.createElement("file");
        e.setAttribute("name", xmlSafe(DisplayPaths.of(file)));
        root.appendChild(e);
        return e;
    }

    /** XML 1.0 cannot carry most control characters, even escaped: they become U+FFFD. */
    static String xmlSafe(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            out.appendCodePoint(allowed ? c : 0xFFFD);
        });
        return out.toString();
    }
}
