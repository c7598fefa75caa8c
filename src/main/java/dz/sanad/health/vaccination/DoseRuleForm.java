package dz.sanad.health.vaccination;

import java.io.Serializable;

/** A dose of a draft calendar version as the administrator types it; ages and intervals are ISO periods (P2M). */
public class DoseRuleForm implements Serializable {

	private String antigen;

	private Integer doseNo;

	private String dueAge;

	private String earliestAge;

	private String minInterval = "P0D";

	private String labelAr;

	private String labelFr;

	private String labelEn;

	public static DoseRuleForm of(DoseRule d) {
		DoseRuleForm f = new DoseRuleForm();
		f.antigen = d.antigen();
		f.doseNo = d.doseNo();
		f.dueAge = d.dueAge().toString();
		f.earliestAge = d.earliestAge().toString();
		f.minInterval = d.minInterval().toString();
		f.labelAr = d.labelAr();
		f.labelFr = d.labelFr();
		f.labelEn = d.labelEn();
		return f;
	}

	public String getAntigen() { return antigen; }
	public void setAntigen(String v) { this.antigen = v; }
	public Integer getDoseNo() { return doseNo; }
	public void setDoseNo(Integer v) { this.doseNo = v; }
	public String getDueAge() { return dueAge; }
	public void setDueAge(String v) { this.dueAge = v; }
	public String getEarliestAge() { return earliestAge; }
	public void setEarliestAge(String v) { this.earliestAge = v; }
	public String getMinInterval() { return minInterval; }
	public void setMinInterval(String v) { this.minInterval = v; }
	public String getLabelAr() { return labelAr; }
	public void setLabelAr(String v) { this.labelAr = v; }
	public String getLabelFr() { return labelFr; }
	public void setLabelFr(String v) { this.labelFr = v; }
	public String getLabelEn() { return labelEn; }
	public void setLabelEn(String v) { this.labelEn = v; }
}
