package org.zhifa.workstation.documents.fields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhifa.workstation.app.Workstation;
import org.zhifa.workstation.domain.authority.Team;
import org.zhifa.workstation.domain.calendar.HolidayCalendar;
import org.zhifa.workstation.domain.calendar.LegalCalendar;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.settings.WorkstationSettings;

/** The demo township in a fresh data directory, with the context CaseFields needs (officers, teams, calendar). */
final class DemoCases implements AutoCloseable {
    private final Workstation ws;
    private final FieldContext context;

    private DemoCases(Workstation ws, FieldContext context) {
        this.ws = ws;
        this.context = context;
    }

    static DemoCases open(Path dir) {
        Workstation ws = Workstation.open(dir);
        try {
            ws.demoLoader().load();
            Map<String, Officer> officers = ws.referenceData().officers().stream()
                    .collect(Collectors.toMap(Officer::code, Function.identity()));
            WorkstationSettings settings = ws.settings().settings();
            return new DemoCases(ws, FieldContext.of(officers, teams(), settings, calendar()));
        } catch (RuntimeException e) {
            ws.close();
            throw e;
        }
    }

    static Path repoRoot() {
        String configured = System.getProperty("zhifa.repo.root");
        return (configured == null || configured.isBlank() ? Path.of("") : Path.of(configured)).toAbsolutePath();
    }

    private static JsonNode read(String file) {
        try {
            return new ObjectMapper().readTree(repoRoot().resolve("sample-data").resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Team> teams() {
        Map<String, Team> out = new LinkedHashMap<>();
        for (JsonNode t : read("authorities.json").path("teams")) {
            out.put(t.path("code").asText(), new Team(t.path("code").asText(), t.path("authority").asText(),
                    t.path("name").asText()));
        }
        return out;
    }

    static LegalCalendar calendar() {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        for (JsonNode y : read("holidays.json").path("years")) {
            years.add(y.path("year").asInt());
            y.path("holidays").forEach(h -> holidays.add(LocalDate.parse(h.path("date").asText())));
            y.path("makeUpWorkdays").forEach(h -> workdays.add(LocalDate.parse(h.path("date").asText())));
        }
        return new LegalCalendar(new HolidayCalendar(holidays, workdays, years));
    }

    /** Every demo case number. */
    java.util.List<String> caseNumbers() {
        return ws.cases().list(org.zhifa.workstation.domain.cases.CaseQuery.all()).stream()
                .map(org.zhifa.workstation.domain.cases.CaseSummary::caseNo).toList();
    }

    CaseRecord get(String caseNo) {
        return ws.cases().find(caseNo).orElseThrow(() -> new AssertionError("no demo case " + caseNo));
    }

    FieldContext context() {
        return context;
    }

    Workstation workstation() {
        return ws;
    }

    @Override
    public void close() {
        ws.close();
    }
}
