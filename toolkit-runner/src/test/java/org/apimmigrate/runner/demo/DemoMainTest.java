package org.apimmigrate.runner.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.apimmigrate.runner.cli.Main;

/** The demo jar's command line is the product's plus {@code demo}. */
class DemoMainTest {

    @Test
    void addsDemoToEveryProductCommand() {
        var product = Main.commandLine().getSubcommands().keySet();
        var demo = DemoMain.commandLine().getSubcommands().keySet();

        assertThat(product).doesNotContain("demo");
        assertThat(demo).containsAll(product).contains("demo");
        assertThat(demo).hasSize(product.size() + 1);
    }

    @Test
    void demoTakesHelp() {
        for (String option : new String[] {"-h", "--help"}) {
            var out = new java.io.StringWriter();
            var line = DemoMain.commandLine();
            line.setOut(new java.io.PrintWriter(out));
            assertThat(line.execute("demo", option)).as("demo " + option).isZero();
            assertThat(out.toString()).contains("Usage: apim-migrate demo");
        }
    }
}
