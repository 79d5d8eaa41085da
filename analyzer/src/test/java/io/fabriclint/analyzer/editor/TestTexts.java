package io.fabriclint.analyzer.editor;

/** Small fabrics for the editor tests. */
final class TestTexts {
    private TestTexts() {
    }

    static final String SMALL = """
            // a small pod
            fabric pod {
              pue 1.5
            }

            rack row { count 2; height 42U; power 10kW }

            tier leaf {
              count 8
              rack row
              height 1U
              power 2kW
              port down: 32 x QSFP-DD 400G
              port up: 8 x QSFP-DD 800G
            }

            tier gpu {
              count 8
              rack row
              height 10U
              power 1kW
              port nic: 8 x QSFP-DD 400G
            }

            link gpu.nic -> leaf.down {
              count 8
              module QDD-400G-SR8
              fiber OM4
              length 20m
            }
            """;
}
