package dz.sanad.health;

import dz.sanad.platform.BusinessException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.util.EnumSet;
import java.util.Set;

/** An appointment's states and the moves between them (Bahmni's statuses, with a waiting list). */
public enum AppointmentStatus {
	REQUESTED, WAITING, SCHEDULED, ARRIVED, COMPLETED, CANCELLED, MISSED;

	/** States that hold a place in a slot and count for double bookings. */
	public static final Set<AppointmentStatus> HOLDING = EnumSet.of(SCHEDULED, ARRIVED, COMPLETED);

	public Set<AppointmentStatus> next() {
		return switch (this) {
			case REQUESTED -> EnumSet.of(SCHEDULED, WAITING, CANCELLED);
			case WAITING -> EnumSet.of(SCHEDULED, CANCELLED);
			case SCHEDULED -> EnumSet.of(ARRIVED, CANCELLED, MISSED);
			case ARRIVED -> EnumSet.of(COMPLETED);
			default -> EnumSet.noneOf(AppointmentStatus.class);
		};
	}

	public void check(AppointmentStatus to) {
		if (!next().contains(to)) {
			throw BusinessException.of("health.error.transition", label(this), label(to));
		}
	}

	static DefaultMessageSourceResolvable label(AppointmentStatus s) {
		return new DefaultMessageSourceResolvable(new String[] { s.messageKey() }, s.name());
	}

	public String messageKey() {
		return "health.appointment.status." + name();
	}
}
