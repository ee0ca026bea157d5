package org.zhifa.workstation.domain.user;

/**
 * What a user of the workstation may do. Roles are checked in the services, not only hidden in the GUI.
 * Labels: key {@code Role.CONSTANT}.
 */
public enum Role {
    /** 执法队员: registers cases, fills forms, gathers evidence. */
    OFFICER,
    /** 负责人: approves filing, decisions and closing. */
    LEAD,
    /** 法制审核员: writes the 法制审核意见. */
    REVIEWER,
    /** 管理员: users, settings, catalog, keys, backups. */
    ADMIN
}
