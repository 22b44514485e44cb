package org.yieldplan.pools;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The DeFiLlama fixtures (src/test/resources/real/defillama/README.md gives their sources and licences). */
final class Fixtures {

    static final Path DIR = Path.of("src/test/resources/real/defillama");
    static final Path SNAPSHOT = DIR.resolve("current_state_2025-08-31.csv");
    static final Path HISTORY = DIR.resolve("raw_tvl_2025-10-06.csv.gz");
    static final Path RAW_POOLS = DIR.resolve("raw_pools_2025-10-06.csv.gz");
    static final Path POOLS_JSON = DIR.resolve("pools_2025-08-31.json");
    static final Path CHART_JSON = DIR.resolve("4f715567-420c-400d-9a62-0059331e3940.json");
    static final LocalDate SNAPSHOT_DATE = LocalDate.of(2025, 8, 31);

    private Fixtures() {
    }

    static List<Pool> snapshot() {
        return PoolCsv.pools(PoolText.of(SNAPSHOT), null).values();
    }

    static List<PoolHistory> history(LocalDate last) {
        return PoolCsv.histories(PoolText.of(HISTORY), last).values();
    }
}
