package org.zhifa.workstation.ui.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.text.Texts;

/** One choice of the state filter: every case, the open ones, the finished ones, or one state. */
public record StateFilter(Scope scope, CaseState state) {

    public enum Scope { ALL, OPEN, FINISHED, SINGLE }

    public StateFilter {
        if ((scope == Scope.SINGLE) != (state != null)) {
            throw new IllegalArgumentException("a state is given exactly for the SINGLE scope");
        }
    }

    public static final StateFilter ALL = new StateFilter(Scope.ALL, null);
    public static final StateFilter OPEN = new StateFilter(Scope.OPEN, null);
    public static final StateFilter FINISHED = new StateFilter(Scope.FINISHED, null);

    public static StateFilter of(CaseState state) {
        return new StateFilter(Scope.SINGLE, state);
    }

    /** All choices in the order the filter shows them. */
    public static List<StateFilter> choices() {
        List<StateFilter> choices = new ArrayList<>(List.of(ALL, OPEN, FINISHED));
        Arrays.stream(CaseState.values()).map(StateFilter::of).forEach(choices::add);
        return choices;
    }

    /** The states for a {@code CaseQuery}; empty means every state. */
    public Set<CaseState> states() {
        return switch (scope) {
            case ALL -> Set.of();
            case OPEN -> statesWhere(false);
            case FINISHED -> statesWhere(true);
            case SINGLE -> Set.of(state);
        };
    }

    public String label() {
        return switch (scope) {
            case ALL -> Texts.tr("ui.cases.filter.all");
            case OPEN -> Texts.tr("ui.cases.filter.open");
            case FINISHED -> Texts.tr("ui.cases.filter.finished");
            case SINGLE -> Texts.label(state);
        };
    }

    private static Set<CaseState> statesWhere(boolean finished) {
        EnumSet<CaseState> states = EnumSet.noneOf(CaseState.class);
        for (CaseState s : CaseState.values()) {
            if (s.isFinished() == finished) {
                states.add(s);
            }
        }
        return states;
    }

    @Override
    public String toString() {
        return label();
    }
}
