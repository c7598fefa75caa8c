package dz.sanad.people.imports;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

/** Streams rows into the two staging tables with COPY (text format), members first, then families. */
final class CopyWriter implements ImportPass.Writer, AutoCloseable {

	private final PGConnection con;

	private final String membersTable;

	private final String familyTable;

	private CopyIn copy;

	private boolean family;

	private final StringBuilder buf = new StringBuilder(1 << 16);

	CopyWriter(PGConnection con, String membersTable, String familyTable) {
		this.con = con;
		this.membersTable = membersTable;
		this.familyTable = familyTable;
	}

	@Override
	public void member(ImportPass.MemberRow r) {
		if (copy == null) {
			copy = start("copy " + membersTable + " from stdin");
		}
		field(r.matricule()).field(r.nin()).field(r.firstNameAr()).field(r.lastNameAr()).field(r.firstNameLat())
			.field(r.lastNameLat()).field(r.sex()).field(r.birthDate()).field(r.grade()).field(r.function())
			.field(r.unitId()).field(r.wilayaCode()).field(r.phone()).field(r.email()).field(r.status())
			.field(r.searchAr()).last(r.searchLat());
	}

	@Override
	public void family(ImportPass.FamilyRow r) {
		if (!family) {
			finish();
			copy = start("copy " + familyTable + " from stdin");
			family = true;
		}
		field(r.matricule()).field(r.relation()).field(r.firstNameAr()).field(r.lastNameAr())
			.field(r.firstNameLat()).field(r.lastNameLat()).field(r.sex()).field(r.birthDate())
			.field(r.disability()).field(r.orphan()).field(r.martyrChild()).last(r.schoolLevel());
	}

	private CopyIn start(String sql) {
		try {
			return con.getCopyAPI().copyIn(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private CopyWriter field(Object v) {
		append(v);
		buf.append('\t');
		return this;
	}

	private void last(Object v) {
		append(v);
		buf.append('\n');
		if (buf.length() > 60_000) {
			flush();
		}
	}

	private void append(Object v) {
		if (v == null) {
			buf.append("\\N");
			return;
		}
		String s = v.toString();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '\\' -> buf.append("\\\\");
				case '\t' -> buf.append("\\t");
				case '\n' -> buf.append("\\n");
				case '\r' -> buf.append("\\r");
				default -> buf.append(c);
			}
		}
	}

	private void flush() {
		if (buf.length() == 0 || copy == null) {
			return;
		}
		byte[] b = buf.toString().getBytes(StandardCharsets.UTF_8);
		buf.setLength(0);
		try {
			copy.writeToCopy(b, 0, b.length);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private void finish() {
		if (copy != null) {
			flush();
			try {
				copy.endCopy();
			}
			catch (SQLException e) {
				throw new IllegalStateException(e);
			}
			copy = null;
		}
	}

	@Override
	public void close() {
		if (copy != null && copy.isActive()) {
			finish();
		}
	}
}
