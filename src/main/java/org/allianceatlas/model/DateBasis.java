package org.allianceatlas.model;

/** Which date a clause counts from: signature (the default) or entry into force. */
public enum DateBasis implements Keyed {
    SIGNATURE, ENTRY_INTO_FORCE
}
