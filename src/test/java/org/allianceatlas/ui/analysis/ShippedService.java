package org.allianceatlas.ui.analysis;

import java.util.List;

import org.allianceatlas.service.AtlasService;

/** One service over the shipped data per test JVM: loading it takes a second on these machines. */
public final class ShippedService {

    private static AtlasService service;

    private ShippedService() {
    }

    public static synchronized AtlasService get() {
        if (service == null) {
            var s = new AtlasService();
            var result = s.loadShippedAnd(List.of());
            if (!result.usable()) {
                throw new IllegalStateException("the shipped data does not load:\n" + result.report().format());
            }
            service = s;
        }
        return service;
    }
}
