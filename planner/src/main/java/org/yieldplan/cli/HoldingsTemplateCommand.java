package org.yieldplan.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.yieldplan.workbook.HoldingsTemplate;

/** {@code holdings-template --out FILE}: writes the blank holdings workbook to fill in. */
public final class HoldingsTemplateCommand implements Command {

    @Override
    public String name() {
        return "holdings-template";
    }

    @Override
    public String summary() {
        return "write the blank holdings workbook (.xlsx) to fill in and import";
    }

    @Override
    public String usage() {
        return """
                usage: yieldplan holdings-template --out FILE

                  --out FILE             where to write the workbook, e.g. holdings-template.xlsx""";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) {
        Args a = Args.parse(words, Set.of("out"), Set.of());
        if (!a.has("out") || !a.positional().isEmpty()) {
            throw new UsageException("give --out FILE (see --help)");
        }
        Path file = a.path("out");
        try {
            new HoldingsTemplate().write(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("--out: could not write " + file + " (" + e.getMessage() + ")", e);
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException("--out: could not write " + file + " (" + e.getMessage() + ")", e);
        }
        out.println("wrote " + file);
        return 0;
    }
}
