package io.fabriclint.server;

import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.editor.CompletionItem;
import io.fabriclint.analyzer.editor.Snippets;
import io.fabriclint.analyzer.editor.Span;
import io.fabriclint.analyzer.editor.Symbols;
import io.fabriclint.analyzer.lint.RuleRegistry;
import io.fabriclint.analyzer.rules.Rule;
import io.fabriclint.analyzer.rules.RuleDocs;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import java.util.ArrayList;
import java.util.List;

/** Analyzer records to LSP4J types; positions go through {@link Positions}. */
final class Convert {
    private Convert() {
    }

    static org.eclipse.lsp4j.Diagnostic diagnostic(Diagnostic d, Positions pos) {
        org.eclipse.lsp4j.Diagnostic out = new org.eclipse.lsp4j.Diagnostic();
        out.setRange(pos.range(Span.of(d.range())));
        out.setSeverity(switch (d.severity()) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
        });
        out.setCode(d.code());
        out.setSource("fabric-lint");
        out.setMessage(d.message());
        Rule rule = RuleRegistry.byCode(d.code());
        if (rule != null) {
            out.setCodeDescription(new DiagnosticCodeDescription(RuleDocs.url(rule)));
        }
        return out;
    }

    static org.eclipse.lsp4j.CompletionItem completion(CompletionItem item, Positions pos, boolean snippets) {
        org.eclipse.lsp4j.CompletionItem out = new org.eclipse.lsp4j.CompletionItem(item.label());
        out.setKind(switch (item.kind()) {
            case KEYWORD -> CompletionItemKind.Keyword;
            case SNIPPET -> CompletionItemKind.Snippet;
            case PROPERTY -> CompletionItemKind.Property;
            case MODULE -> CompletionItemKind.Module;
            case TIER -> CompletionItemKind.Class;
            case PORT -> CompletionItemKind.Field;
            case RACK -> CompletionItemKind.Folder;
            case ENUM -> CompletionItemKind.EnumMember;
            case UNIT -> CompletionItemKind.Unit;
        });
        out.setDetail(item.detail());
        if (item.documentation() != null) {
            out.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, item.documentation()));
        }
        out.setSortText(item.sortText());
        out.setFilterText(item.label());
        String text = item.snippet() && !snippets ? Snippets.plain(item.insertText()) : item.insertText();
        out.setInsertTextFormat(item.snippet() && snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText);
        if (item.replace() != null) {
            out.setTextEdit(Either.forLeft(new TextEdit(pos.range(item.replace()), text)));
        } else {
            out.setInsertText(text);
        }
        return out;
    }

    static List<DocumentSymbol> symbols(List<Symbols.OutlineSymbol> symbols, Positions pos) {
        List<DocumentSymbol> out = new ArrayList<>();
        for (Symbols.OutlineSymbol s : symbols) {
            DocumentSymbol d = new DocumentSymbol(s.name(), kind(s.kind()), pos.range(s.range()), pos.range(s.selection()),
                    s.detail());
            d.setChildren(symbols(s.children(), pos));
            out.add(d);
        }
        return out;
    }

    static SymbolKind kind(Symbols.Kind kind) {
        return switch (kind) {
            case FABRIC -> SymbolKind.Namespace;
            case TIER -> SymbolKind.Class;
            case PORT -> SymbolKind.Field;
            case LINK -> SymbolKind.Event;
            case RACK -> SymbolKind.Package;
            case MODULE -> SymbolKind.Module;
            case IMPORT -> SymbolKind.File;
        };
    }
}
