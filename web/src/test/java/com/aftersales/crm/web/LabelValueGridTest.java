package com.aftersales.crm.web;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The label/value grids ({@code crm-form-grid}) place each child element in a cell. Text straight in a grid, or an
 * {@code h:outputText} or {@code h:outputFormat} without id, style or class (which Faces writes as bare text), runs
 * into its neighbours as one cell: "保修卡号ACC3X-0001保修说明". Every cell must be an element; an {@code h:panelGroup}
 * without them writes nothing of its own, so its children are cells.
 */
class LabelValueGridTest {

    private static final Path VIEWS = Path.of("src/main/webapp");
    private static final Set<String> BARE_UNLESS_ATTRIBUTED = Set.of("outputText", "outputFormat");
    private static final Set<String> TRANSPARENT = Set.of("repeat", "fragment", "if", "forEach", "include");

    @Test
    void everyCellOfALabelValueGridIsAnElement() throws Exception {
        List<String> bare = new ArrayList<>();
        try (Stream<Path> views = Files.walk(VIEWS)) {
            for (Path view : views.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                check(view, bare);
            }
        }
        assertThat(bare).as("grid cells Faces renders as bare text (give them a styleClass, e.g. crm-cell)").isEmpty();
    }

    private static void check(Path view, List<String> bare) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Element root = factory.newDocumentBuilder().parse(view.toFile()).getDocumentElement();
        visit(root, view, bare);
    }

    private static void visit(Element element, Path view, List<String> bare) {
        String classes = element.getAttribute("class") + " " + element.getAttribute("styleClass");
        if (List.of(classes.split("\\s+")).contains("crm-form-grid")) {
            cells(element, view, bare);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                visit(e, view, bare);
            }
        }
    }

    private static void cells(Element grid, Path view, List<String> bare) {
        for (Node child = grid.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE && !child.getTextContent().isBlank()) {
                bare.add(view + ": text \"" + child.getTextContent().strip() + "\"");
            } else if (child instanceof Element e) {
                String name = e.getLocalName();
                boolean component = !"http://www.w3.org/1999/xhtml".equals(e.getNamespaceURI());
                boolean unattributed = e.getAttribute("id").isEmpty() && e.getAttribute("style").isEmpty()
                        && e.getAttribute("styleClass").isEmpty();
                if (component && (TRANSPARENT.contains(name) || "panelGroup".equals(name) && unattributed)) {
                    // writes no element of its own: its children are the grid's cells
                    cells(e, view, bare);
                } else if (component && BARE_UNLESS_ATTRIBUTED.contains(name) && unattributed) {
                    bare.add(view + ": <" + e.getTagName() + " value=\"" + e.getAttribute("value") + "\">");
                }
            }
        }
    }

}
