package vn.mamxanh.bench;

/**
 * How big a population the benchmark builds. The national figures follow DOMAIN.md §5 and the 2025
 * structure: 34 provinces, about 3,300 commune-level committees, some 50,000 branches, 400,000 open
 * cases and 5 million completed tasks behind them. The smaller scales keep the same shape per commune.
 */
public enum Scale {
    WARD(1, 1, 15, 120, 1_500),
    PROVINCE(1, 98, 15, 11_800, 147_000),
    NATION(34, 98, 15, 400_000, 5_000_000);

    final int provinces;
    final int communesPerProvince;
    final int branchesPerCommune;
    final int openCases;
    final int historicTasks;

    Scale(int provinces, int communesPerProvince, int branchesPerCommune, int openCases, int historicTasks) {
        this.provinces = provinces;
        this.communesPerProvince = communesPerProvince;
        this.branchesPerCommune = branchesPerCommune;
        this.openCases = openCases;
        this.historicTasks = historicTasks;
    }

    int communes() {
        return provinces * communesPerProvince;
    }

    int branches() {
        return communes() * branchesPerCommune;
    }
}
