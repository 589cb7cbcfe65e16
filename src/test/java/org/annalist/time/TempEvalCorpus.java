package org.annalist.time;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads TempEval-3 TimeML files: the plain text of {@code <TEXT>} with the tags stripped, the gold
 * TIMEX3s with their offsets into it, and the DCT (the TIMEX3 whose functionInDocument is
 * CREATION_TIME). XML is parsed with DTDs and external entities off.
 */
final class TempEvalCorpus {

    record Gold(int start, int end, String text, String type, String value) {
    }

    record Document(String corpus, String name, LocalDate dct, String text, List<Gold> timexes) {
    }

    /** The shared data folder: system property {@code annalist.shared}, default {@code ../shared}. */
    static Path folder() {
        return Path.of(System.getProperty("annalist.shared", "../shared"), "data", "tempeval3-train");
    }

    static List<Document> load(Path folder) throws Exception {
        List<Document> docs = new ArrayList<>();
        DocumentBuilder builder = safeFactory().newDocumentBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
                docs.add(read(builder, f, folder.relativize(f).getName(0).toString()));
            }
        }
        return docs;
    }

    private static DocumentBuilderFactory safeFactory() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }

    private static Document read(DocumentBuilder builder, Path file, String corpus) throws IOException {
        try {
            org.w3c.dom.Document xml = builder.parse(file.toFile());
            LocalDate dct = null;
            NodeList all = xml.getElementsByTagName("TIMEX3");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                if ("CREATION_TIME".equals(e.getAttribute("functionInDocument"))) {
                    dct = LocalDate.parse(e.getAttribute("value").substring(0, 10));
                }
            }
            Node textNode = xml.getElementsByTagName("TEXT").item(0);
            StringBuilder text = new StringBuilder();
            List<Gold> gold = new ArrayList<>();
            flatten(textNode, text, gold);
            String name = file.getFileName().toString().replace(".tml", "");
            return new Document(corpus, name, dct, text.toString(), gold);
        } catch (Exception e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static void flatten(Node node, StringBuilder text, List<Gold> gold) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(c.getNodeValue());
            } else if (c.getNodeType() == Node.ELEMENT_NODE) {
                int start = text.length();
                flatten(c, text, gold);
                if (c.getNodeName().equals("TIMEX3")) {
                    Element e = (Element) c;
                    gold.add(new Gold(start, text.length(), text.substring(start), e.getAttribute("type"),
                            e.getAttribute("value")));
                }
            }
        }
    }
}
