package dz.sanad.platform.cases;

import dz.sanad.platform.BusinessException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A module's state machine: the initial state, the allowed transitions, the waiting states (SLA clocks paused) and
 * the terminal ones (clocks stopped). Immutable once built; the module's aggregate asks {@link #check} before it
 * changes state, and the engine checks again when told.
 */
public final class CaseWorkflow<S extends Enum<S>> {

	private final Class<S> states;

	private final S initial;

	private final Map<S, Set<S>> allowed;

	private final Set<S> waiting;

	private final Set<S> terminal;

	private final String labelPrefix;

	private CaseWorkflow(Class<S> states, S initial, Map<S, Set<S>> allowed, Set<S> waiting, Set<S> terminal,
			String labelPrefix) {
		this.labelPrefix = labelPrefix;
		this.states = states;
		this.initial = initial;
		this.allowed = allowed;
		this.waiting = waiting;
		this.terminal = terminal;
	}

	public static <S extends Enum<S>> Builder<S> of(Class<S> states, S initial) {
		return new Builder<>(states, initial);
	}

	public S initial() {
		return initial;
	}

	public S state(String name) {
		return Enum.valueOf(states, name);
	}

	public boolean allows(S from, S to) {
		return allowed.getOrDefault(from, Set.of()).contains(to);
	}

	public Set<S> next(S from) {
		return Collections.unmodifiableSet(allowed.getOrDefault(from, EnumSet.noneOf(states)));
	}

	public boolean isWaiting(S state) {
		return waiting.contains(state);
	}

	public boolean isTerminal(S state) {
		return terminal.contains(state);
	}

	/**
	 * Refuses an illegal transition with a translated message naming both states, each translated from
	 * {@code <labels prefix><STATE>} (the state's name when the module has no label for it).
	 */
	public void check(S from, S to) {
		if (!allows(from, to)) {
			throw BusinessException.of("case.error.transition", label(from), label(to));
		}
	}

	/** The state's label as a message argument the message source translates where the error is shown. */
	public MessageSourceResolvable label(S state) {
		return new DefaultMessageSourceResolvable(new String[] { labelPrefix + state.name() }, state.name());
	}

	public static final class Builder<S extends Enum<S>> {

		private final Class<S> states;

		private final S initial;

		private final Map<S, Set<S>> allowed;

		private final Set<S> waiting;

		private final Set<S> terminal;

		private String labelPrefix = "case.state.";

		private Builder(Class<S> states, S initial) {
			this.states = states;
			this.initial = initial;
			this.allowed = new EnumMap<>(states);
			this.waiting = EnumSet.noneOf(states);
			this.terminal = EnumSet.noneOf(states);
		}

		/** Allows {@code from} → each of {@code to}. */
		@SafeVarargs
		public final Builder<S> allow(S from, S... to) {
			allowed.computeIfAbsent(from, k -> EnumSet.noneOf(states)).addAll(Set.of(to));
			return this;
		}

		/** Allows both directions (in progress ⇄ waiting for the member). */
		public Builder<S> both(S a, S b) {
			return allow(a, b).allow(b, a);
		}

		@SafeVarargs
		public final Builder<S> waiting(S... s) {
			waiting.addAll(Set.of(s));
			return this;
		}

		@SafeVarargs
		public final Builder<S> terminal(S... s) {
			terminal.addAll(Set.of(s));
			return this;
		}

		/** Where the states' labels are in the module's bundle, e.g. {@code "welfare.state."}. */
		public Builder<S> labels(String prefix) {
			this.labelPrefix = prefix;
			return this;
		}

		public CaseWorkflow<S> build() {
			if (terminal.contains(initial) || waiting.contains(initial)) {
				throw new IllegalStateException("the initial state can be neither waiting nor terminal");
			}
			Map<S, Set<S>> copy = new EnumMap<>(states);
			allowed.forEach((k, v) -> copy.put(k, Collections.unmodifiableSet(EnumSet.copyOf(v))));
			return new CaseWorkflow<>(states, initial, Collections.unmodifiableMap(copy),
					Collections.unmodifiableSet(EnumSet.copyOf(waiting.isEmpty() ? EnumSet.noneOf(states) : waiting)),
					Collections.unmodifiableSet(terminal.isEmpty() ? EnumSet.noneOf(states) : EnumSet.copyOf(terminal)),
					labelPrefix);
		}
	}
}
