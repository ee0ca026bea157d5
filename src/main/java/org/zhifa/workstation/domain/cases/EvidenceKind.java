package org.zhifa.workstation.domain.cases;

/** The eight evidence types of Art 46. */
public enum EvidenceKind {
    DOCUMENTARY, PHYSICAL, AUDIO_VISUAL, ELECTRONIC, WITNESS, PARTY_STATEMENT, EXPERT_OPINION, INSPECTION_RECORD
}
