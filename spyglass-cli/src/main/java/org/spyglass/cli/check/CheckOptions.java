package org.spyglass.cli.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every check command shares (MVT's names and short forms). */
public final class CheckOptions {

    @Option(names = {"-i", "--iocs"}, paramLabel = "FILE",
            description = "An indicator file or folder (STIX 2.1 bundle, stalkerware ioc.yaml); repeatable. "
                    + "Added to the bundled feeds, the downloaded ones (spyglass iocs update), "
                    + "SPYGLASS_IOCS and MVT_STIX2.")
    public List<Path> iocs = new ArrayList<>();

    @Option(names = "--no-default-iocs",
            description = "Do not load the bundled and downloaded feeds: use only --iocs, SPYGLASS_IOCS and MVT_STIX2.")
    public boolean noDefaultIocs;

    @Option(names = "--no-indicator-cache",
            description = "Parse every indicator file instead of reading the compiled set kept from an earlier run "
                    + "with the same files (by SHA-256) in $SPYGLASS_CACHE_DIR, else $XDG_CACHE_HOME/spyglass/"
                    + "indicators, else ~/.cache/spyglass/indicators; nothing is written there either.")
    public boolean noIndicatorCache;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Folder for the results (created when missing; never inside the evidence). "
                    + "Default: ./spyglass-results/<command>-<UTC time>.")
    public Path output;

    @Option(names = {"-m", "--module"}, paramLabel = "NAME",
            description = "Run only this module; repeatable. See --list-modules.")
    public List<String> modules = new ArrayList<>();

    @Option(names = {"-l", "--list-modules"}, description = "List the modules this command runs, and exit.")
    public boolean listModules;

    @Option(names = {"-H", "--hashes"},
            description = "Hash every file of the evidence into info.json, not only those read.")
    public boolean hashes;

    @Option(names = "--pretty", description = "Indent the JSON outputs (compact by default).")
    public boolean pretty;

    @Option(names = "--timesketch",
            description = "Also write timeline.jsonl, every timeline event with its record in Timesketch's import "
                    + "format (about twice the size of the module files, so off by default).")
    public boolean timesketch;

    @Option(names = "--threads", paramLabel = "N",
            description = "Modules run in parallel on N threads (default: the number of cores); those with the most "
                    + "evidence to read start first.")
    public int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    public TerminalOptions terminal = new TerminalOptions();
}
