package org.annalist.actors;

import java.util.Locale;

/** What sort of actor an entry of the catalog is. */
public enum ActorKind {
    STATE, ORGANISATION, GROUP, PERSON;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
