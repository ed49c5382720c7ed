package org.allianceatlas.io.importers;

import org.allianceatlas.model.Subregion;

/**
 * Where to put a state that an import names but the dataset does not describe (a 19th-century state, say): COW codes
 * are numbered by region, so the code gives a sub-region, and the sub-region's rough centre gives a position. The
 * import reports each such state with a warning so that users can add it properly.
 */
final class StatePlaceholders {

    private StatePlaceholders() {
    }

    /** The sub-region COW's numbering implies for a state code. */
    static Subregion subregionOf(int cow) {
        if (cow < 20) {
            return Subregion.NORTHERN_AMERICA;
        } else if (cow < 31) {
            return Subregion.NORTHERN_AMERICA;
        } else if (cow < 90) {
            return Subregion.CARIBBEAN;
        } else if (cow < 100) {
            return Subregion.CENTRAL_AMERICA;
        } else if (cow < 200) {
            return Subregion.SOUTH_AMERICA;
        } else if (cow < 235) {
            return Subregion.WESTERN_EUROPE;
        } else if (cow < 240) {
            return Subregion.SOUTHERN_EUROPE;
        } else if (cow < 290) {
            return Subregion.WESTERN_EUROPE;
        } else if (cow < 325) {
            return Subregion.EASTERN_EUROPE;
        } else if (cow < 360) {
            return Subregion.SOUTHERN_EUROPE;
        } else if (cow < 375) {
            return Subregion.EASTERN_EUROPE;
        } else if (cow < 400) {
            return Subregion.NORTHERN_EUROPE;
        } else if (cow < 600) {
            return Subregion.WESTERN_AFRICA;
        } else if (cow < 630) {
            return Subregion.NORTHERN_AFRICA;
        } else if (cow < 700) {
            return Subregion.WESTERN_ASIA;
        } else if (cow < 710) {
            return Subregion.CENTRAL_ASIA;
        } else if (cow < 750) {
            return Subregion.EASTERN_ASIA;
        } else if (cow < 800) {
            return Subregion.SOUTHERN_ASIA;
        } else if (cow < 900) {
            return Subregion.SOUTH_EASTERN_ASIA;
        }
        return Subregion.MELANESIA;
    }

    /** A rough centre {lat, lon} of a sub-region, for placing a placeholder state on the map. */
    static double[] centreOf(Subregion s) {
        return switch (s) {
            case NORTHERN_AFRICA -> new double[] {28, 10};
            case EASTERN_AFRICA -> new double[] {-2, 36};
            case MIDDLE_AFRICA -> new double[] {0, 18};
            case SOUTHERN_AFRICA -> new double[] {-26, 25};
            case WESTERN_AFRICA -> new double[] {11, -3};
            case CARIBBEAN -> new double[] {18, -72};
            case CENTRAL_AMERICA -> new double[] {14, -87};
            case SOUTH_AMERICA -> new double[] {-15, -60};
            case NORTHERN_AMERICA -> new double[] {45, -95};
            case CENTRAL_ASIA -> new double[] {43, 65};
            case EASTERN_ASIA -> new double[] {35, 115};
            case SOUTH_EASTERN_ASIA -> new double[] {5, 110};
            case SOUTHERN_ASIA -> new double[] {25, 75};
            case WESTERN_ASIA -> new double[] {32, 42};
            case EASTERN_EUROPE -> new double[] {50, 25};
            case NORTHERN_EUROPE -> new double[] {60, 15};
            case SOUTHERN_EUROPE -> new double[] {42, 15};
            case WESTERN_EUROPE -> new double[] {49, 8};
            case AUSTRALIA_AND_NEW_ZEALAND -> new double[] {-30, 145};
            case MELANESIA -> new double[] {-8, 155};
            case MICRONESIA -> new double[] {8, 160};
            case POLYNESIA -> new double[] {-15, -170};
        };
    }
}
