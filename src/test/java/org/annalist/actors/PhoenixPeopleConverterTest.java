package org.annalist.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Phoenix office holders are read into the catalog's format, and the catalog knows them. */
class PhoenixPeopleConverterTest {

    private static final List<String> DICT = List.of(
            "# header",
            "VLADIMIR_PUTIN_  # CountryInfo.txt",
            "+PRESIDENT_VLADIMIR_PUTIN_",
            "+VLADIMIR_VLADIMIROVICH_PUTIN_",
            "\t[RUSELI 700101-990809]",
            "\t[RUSGOV 991231-080507]",
            "\t[RUSGOV >120507]",
            "ABDUL_QADIR_AL-JILANI_  # CountryInfo.txt",
            "\t[AFGGOV 780427-780431]",
            "\t[AFGGOV 780427-780430]",
            "TRADE_MINISTER_X_",
            "\t[RUSGOVBUS 990101-000101]",
            "SUHARTO_",
            "\t[IDNGOV 670312-980521]",
            "ELMURZA_SATYBALDIYEV_",
            "\t[KGZGOVBUS 070501-091130]",
            "SERGEI_LAVROV_",
            "\t[RUSGOV >040309]");

    @Test
    void keepsDatedGovernmentTermsOfKnownStatesWithFullNamesOnly() throws Exception {
        PhoenixPeopleConverter.Known known = new PhoenixPeopleConverter.Known();
        known.add("Sergey Lavrov", Set.of("russia"));
        String out = PhoenixPeopleConverter.peopleJson(DICT, Map.of("RUS", "russia", "AFG", "afghanistan", "IDN", "indonesia"), known);
        JsonNode people = new ObjectMapper().readTree(out).path("people");

        assertThat(people).extracting(p -> p.path("name").asText())
                .containsExactly("Vladimir Putin", "Abdul Qadir al-Jilani"); // no one-word names, no sector ministers, catalog wins
        JsonNode putin = people.get(0);
        assertThat(putin.path("aliases")).extracting(JsonNode::asText).containsExactly("Vladimir Vladimirovich Putin");
        assertThat(putin.path("surnameAlone").asBoolean()).isFalse();
        assertThat(putin.path("offices")).extracting(o -> o.path("from").asText("") + "/" + o.path("to").asText(""))
                .containsExactly("1999-12-31/2008-05-07", "2012-05-07/"); // the elite (ELI) code is no office
        assertThat(people.get(1).path("offices")).hasSize(1); // 31 April is no date
    }

    @Test
    void aDefenceMinistersMilitaryOfficeCountsAndADictionarySurnameSynonymLetsTheSurnameStandAlone() throws Exception {
        List<String> dict = List.of(
                "OMAR_KHALED_HADDAD_  # CountryInfo.txt",
                "+HADDAD_",
                "\t[EGYMIL 550101-910529]",
                "\t[EGYGOVMIL 910529-120812]",
                "SAMIR_NABIL_FAROUK_",
                "+SAMIR_FAROUK_",
                "\t[EGYGOV 050101-110131]",
                "RAMI_ADEL_SABRI_",
                "\t[EGYMIL 050101-110131]");
        String out = PhoenixPeopleConverter.peopleJson(dict, Map.of("EGY", "egypt"), new PhoenixPeopleConverter.Known());
        JsonNode people = new ObjectMapper().readTree(out).path("people");

        assertThat(people).extracting(p -> p.path("name").asText())
                .containsExactly("Omar Khaled Haddad", "Samir Nabil Farouk"); // the army alone (EGYMIL) is no office
        assertThat(people.get(0).path("offices")).extracting(o -> o.path("actor").asText() + " " + o.path("from").asText())
                .containsExactly("egypt 1991-05-29");
        assertThat(people.get(0).path("surnameAlone").asBoolean()).isTrue();
        assertThat(people.get(1).path("surnameAlone").asBoolean()).isFalse(); // only a two-word synonym
    }

    @Test
    void theCommittedResourceIsTheConvertersOutputAndLoadsIntoTheCatalog() throws Exception {
        Path dict = Path.of("../shared/data/event-dictionaries");
        if (!Files.isDirectory(dict)) {
            dict = Path.of("/work/shared/data/event-dictionaries");
        }
        Path resources = Path.of("src/main/resources/org/annalist/actors");
        String committed = Files.readString(resources.resolve("phoenix-people.json"), StandardCharsets.UTF_8);
        assertThat(ActorCatalog.standard().people()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("Hosni Mubarak");
        });
        // a head of government the hand-written catalog does not list, known through Phoenix
        assertThat(new CatalogActorRecognizer(ActorCatalog.standard())
                .find("Prime Minister Ahmed Nazif met the envoy.", LocalDate.of(2006, 1, 1)))
                .extracting(ActorMention::actorId).contains("egypt");
        assumeTrue(Files.isDirectory(dict), "event dictionaries not present");
        assertThat(committed).isEqualTo(PhoenixPeopleConverter.convert(dict, resources));
    }
}
