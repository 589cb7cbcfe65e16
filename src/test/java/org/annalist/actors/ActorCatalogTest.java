package org.annalist.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorCatalogTest {

    private final ActorCatalog catalog = ActorCatalog.standard();

    @Test
    void focusActorsComeFirstWithFixedIdsAndOkabeItoColours() {
        List<String> focus = List.of("france", "russia", "united-states", "united-nations", "turkey");
        assertThat(catalog.actors().subList(0, 5)).extracting(Actor::id).containsExactlyElementsOf(focus);
        assertThat(catalog.focusIds()).isEqualTo(focus);
        assertThat(catalog.actors().subList(0, 5)).extracting(Actor::color)
                .containsExactly("#0072B2", "#D55E00", "#009E73", "#56B4E9", "#CC79A7");
        assertThat(catalog.get("united-nations").kind()).isEqualTo(ActorKind.ORGANISATION);
        assertThat(catalog.get("france").iso3()).isEqualTo("FRA");
    }

    @Test
    void everyUnMemberStateIsThereOnceWithItsIsoCode() {
        List<Actor> states = catalog.actors().stream().filter(a -> a.kind() == ActorKind.STATE).toList();
        Set<String> iso = new HashSet<>();
        states.forEach(s -> assertThat(iso.add(s.iso3())).as("duplicate " + s.iso3()).isTrue());
        assertThat(states).hasSizeGreaterThanOrEqualTo(193 + 4);
        assertThat(iso).contains("PSE", "XKX", "TWN", "VAT", "SSD", "TLS", "MNE", "SYR", "TUR");
    }

    @Test
    void everyActorHasAColourAndACode() {
        for (Actor a : catalog.actors()) {
            assertThat(a.color()).as(a.id()).matches("#[0-9a-fA-F]{6}");
            assertThat(a.code()).as(a.id()).isNotBlank();
        }
    }

    @Test
    void unknownIdsGetAPlaceholder() {
        assertThat(catalog.find("atlantis")).isEmpty();
        assertThat(catalog.get("atlantis").name()).isEqualTo("atlantis");
    }

    @Test
    void officeHoldersOnlyHoldOfficesOfKnownActors() {
        assertThat(catalog.people()).hasSizeGreaterThan(300);
        catalog.people().forEach(p -> p.offices().forEach(o -> assertThat(catalog.find(o.actorId())).as(p.name()).isPresent()));
    }

    @Test
    void aUserFileAddsActorsAliasesAndPeople(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("my-actors.json");
        Files.writeString(file, """
                {"actors": [
                   {"id": "wagner", "aliases": ["the Wagner contractors"]},
                   {"id": "atlantis", "name": "Atlantis", "kind": "state", "iso3": "ATL", "aliases": ["Atlantean", "Poseidonis"]},
                   {"id": "france", "aliases": ["Hexagon"], "removeAliases": ["Paris"]}],
                 "people": [
                   {"name": "Jane Example", "offices": [{"actor": "atlantis", "role": "queen", "from": "2015-01-01"}]}]}
                """);
        ActorCatalog mine = ActorCatalog.withUserFile(file);
        assertThat(mine.get("atlantis").color()).matches("#[0-9a-f]{6}");
        ActorRecognizer r = new CatalogActorRecognizer(mine);
        assertThat(r.find("Atlantean envoys met the Wagner contractors in Paris. Jane Example and the Hexagon agreed.",
                LocalDate.of(2016, 1, 1)))
                .extracting(m -> m.text() + "=" + m.actorId())
                .containsExactly("Atlantean envoys=atlantis", "the Wagner contractors=wagner", "Jane Example=atlantis",
                        "Hexagon=france");
        assertThat(ActorCatalog.standard().find("atlantis")).isEmpty();
    }

    @Test
    void aBrokenUserFileIsRefusedWithAOneLineReason(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"actors\": [ {\"id\": \"x\"");
        assertThatThrownBy(() -> ActorCatalog.withUserFile(bad))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.json").hasMessageNotContaining("\n");
        Path noName = dir.resolve("noname.json");
        Files.writeString(noName, "{\"actors\": [{\"id\": \"nowhere\"}]}");
        assertThatThrownBy(() -> ActorCatalog.withUserFile(noName)).hasMessageContaining("noname.json").hasMessageContaining("needs a name");
        Path office = dir.resolve("office.json");
        Files.writeString(office, "{\"people\": [{\"name\": \"A B\", \"offices\": [{\"actor\": \"nowhere\"}]}]}");
        assertThatThrownBy(() -> ActorCatalog.withUserFile(office)).hasMessageContaining("unknown actor 'nowhere'");
        Path date = dir.resolve("date.json");
        Files.writeString(date, "{\"people\": [{\"name\": \"A B\", \"offices\": [{\"actor\": \"france\", \"from\": \"May 2016\"}]}]}");
        assertThatThrownBy(() -> ActorCatalog.withUserFile(date)).hasMessageContaining("date.json").hasMessageContaining("May 2016");
        assertThatThrownBy(() -> ActorCatalog.withUserFile(dir.resolve("missing.json"))).hasMessageContaining("missing.json");
        Path reversed = dir.resolve("reversed.json");
        Files.writeString(reversed, "{\"people\": [{\"name\": \"A B\", \"offices\": [{\"actor\": \"france\", \"from\": \"2016\", \"to\": \"2015\"}]}]}");
        assertThatThrownBy(() -> ActorCatalog.withUserFile(reversed)).hasMessageContaining("reversed.json").hasMessageContaining("before it starts");
        Path idle = dir.resolve("idle.json");
        Files.writeString(idle, "{\"people\": [{\"name\": \"A B\"}]}");
        assertThatThrownBy(() -> ActorCatalog.withUserFile(idle)).hasMessageContaining("at least one office");
    }

    @Test
    void aUserCatalogChoosesTheFocusActors(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("focus.json");
        Files.writeString(file, """
                {"focus": ["egypt", "libya"],
                 "actors": [{"id": "libya", "name": "Libya", "kind": "state", "iso3": "LBY"}]}""");
        assertThat(ActorCatalog.withUserFile(file).focusIds()).containsExactly("egypt", "libya");

        Path unknown = dir.resolve("unknown.json");
        Files.writeString(unknown, "{\"focus\": [\"atlantis\"]}");
        assertThatThrownBy(() -> ActorCatalog.withUserFile(unknown)).hasMessageContaining("unknown.json")
                .hasMessageContaining("atlantis");
    }
}
