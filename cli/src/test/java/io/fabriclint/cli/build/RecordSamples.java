package io.fabriclint.cli.build;

import java.util.List;

/** Records of every component kind, for {@link RecordMethodsInlineTest}. */
final class RecordSamples {
    private RecordSamples() {
    }

    record Primitives(int i, long l, float f, double d, boolean z, char c, byte b, short s) {
    }

    record References(String text, List<String> list, int[] array, Primitives nested) {
    }

    record Nothing() {
    }
}
