package io.fabriclint.analyzer.editor;

import io.fabriclint.analyzer.physical.FabricPlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor's side of cabling.md §6: link hover with cables, "Show cables", wiring and placeholder completion. */
class CablingEditorTest {
    static final String POD = """
            tier gpu {
              count 4
              names "gpu-{n}"
              port nic: 8 x OSFP 400G
            }

            tier leaf {
              count 8
              interfaces "swp{cage}"
              port down: 4 x OSFP 400G
            }

            link gpu.nic -> leaf.down {
              module OSFP-400G-DR4
              fiber OS2
              length 15m
              wiring stripe
            }
            """;

    @TempDir
    Path dir;
    Path file;
    EditorWorkspace ws;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve("pod.fabric");
        Files.writeString(file, POD);
        ws = new EditorWorkspace(List.of(dir), List.of(), s -> { });
        ws.open(file, 1, POD);
    }

    private FabricPlan plan() {
        return ws.analysisFor(file).plan();
    }

    private int line(String pattern) {
        List<String> lines = ws.tree(file).text().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(pattern)) {
                return i;
            }
        }
        throw new AssertionError(pattern);
    }

    @Test
    void linkHoverShowsTheFirstAndLastCable() {
        String md = Hovers.hover(new Cursor(ws.tree(file), line("link gpu"), 1), file, plan()).markdown();
        assertTrue(md.contains("cables: 32 (wiring stripe)"), md);
        assertTrue(md.contains("`C01 gpu-1 nic-1 → leaf-1 swp1`"), md);
        assertTrue(md.contains("`C32 gpu-4 nic-8 → leaf-8 swp4`"), md);
    }

    @Test
    void eachLinkHasAShowCablesLensThatOpensItsCutSheet() {
        int link = line("link gpu");
        List<Hints.Lens> lenses = Hints.lenses(ws.tree(file), file, plan()).stream()
                .filter(l -> l.showCables() != null).toList();
        assertEquals(1, lenses.size());
        assertEquals("Show cables (32)", lenses.get(0).title());
        assertEquals(new Hints.ShowCables(file, link), lenses.get(0).showCables());
        String md = CableSheets.markdown(ws.tree(file), file, plan(), link);
        assertTrue(md.startsWith("## Cut sheet\n\n| link | cables |"), md);
        assertTrue(md.contains("| C01 | gpu-1 | nic-1 |  |  | leaf-1 | swp1 |  |  | 8 |"), md);
        assertEquals(32, md.lines().filter(l -> l.matches("\\| C\\d\\d \\|.*")).count());
        assertNull(CableSheets.markdown(ws.tree(file), file, plan(), link + 1), "no link declared on that line");
    }

    @Test
    void wiringCompletesToStripeAndBlock() throws Exception {
        int at = line("wiring stripe");
        Cursor c = new Cursor(ws.tree(file), at, "  wiring ".length());
        List<CompletionItem> items = Completions.complete(c, plan().model());
        assertEquals(List.of("stripe", "block"), items.stream().map(CompletionItem::label).toList());
        assertTrue(items.get(1).documentation().contains("fill one target device before the next"));
    }

    @Test
    void templatesCompleteTheirPlaceholders() throws Exception {
        int names = line("names \"gpu-{n}\"");
        // After the opening quote: every placeholder of `names`, inserted at the cursor.
        Cursor start = new Cursor(ws.tree(file), names, "  names \"".length());
        List<CompletionItem> items = Completions.complete(start, plan().model());
        assertEquals(List.of("{tier}", "{n}", "{i}"), items.stream().map(CompletionItem::label).toList());
        assertEquals(Span.at(names, "  names \"".length()), items.get(0).replace());
        // Typing `{` inside the quotes: the placeholder replaces it.
        Cursor brace = new Cursor(ws.tree(file), names, "  names \"gpu-{".length());
        CompletionItem n = Completions.complete(brace, plan().model()).get(1);
        assertEquals("{n}", n.insertText());
        assertEquals(new Span(names, "  names \"gpu-".length(), names, "  names \"gpu-{".length()), n.replace());
        int interfaces = line("interfaces");
        List<String> ports = Completions.complete(new Cursor(ws.tree(file), interfaces, "  interfaces \"swp".length()),
                plan().model()).stream().map(CompletionItem::label).collect(Collectors.toList());
        assertEquals(List.of("{port}", "{k}", "{cage}"), ports);
        // Outside the quotes there is nothing to complete.
        assertEquals(List.of(), Completions.complete(new Cursor(ws.tree(file), names, "  names ".length()), plan().model()));
    }
}
