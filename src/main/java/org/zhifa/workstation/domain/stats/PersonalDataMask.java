package org.zhifa.workstation.domain.stats;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks an individual's personal data for 公示 (R33). Organisations are published in full (name, 统一社会信用代码,
 * legal representative): only individuals are masked.
 *
 * <ul>
 *   <li>Name: the surname and "某某" — 张三丰 → 张某某; a compound surname is kept whole: 欧阳娜娜 → 欧阳某某
 *       ({@link #COMPOUND_SURNAMES}); a name already masked stays as it is. A name with a middle dot (艾力·买买提) keeps
 *       its first character.</li>
 *   <li>身份证号: the first 6 characters (the area code of the issuing county, already public in the address) and the
 *       last 4 stay, the 8 birth-date digits in between are starred: 331181199001011234 → 331181********1234. Any
 *       other length: everything but the last 4 characters is starred.</li>
 *   <li>Address: cut after the village or community (村, 社区, 居委会) of the township (镇, 乡, 街道); without one,
 *       after the township; without that, after the county (县, 区, 市, 旗). House numbers, roads and groups go:
 *       龙泉市八都镇龙井村12号 → 龙泉市八都镇龙井村; 龙泉市八都镇八都街1号 → 龙泉市八都镇.</li>
 *   <li>Free text (案由, facts): the party's full name is replaced by the masked name; 18-character ID numbers and
 *       mobile numbers found in it are starred.</li>
 * </ul>
 */
public final class PersonalDataMask {
    /** Compound surnames (复姓) kept whole; the common ones of the 百家姓 and today's registers. */
    public static final Set<String> COMPOUND_SURNAMES = Set.of(
            "欧阳", "太史", "端木", "上官", "司马", "东方", "独孤", "南宫", "万俟", "闻人", "夏侯", "诸葛", "尉迟", "公羊", "赫连", "澹台", "皇甫",
            "宗政", "濮阳", "公冶", "太叔", "申屠", "公孙", "慕容", "仲孙", "钟离", "长孙", "宇文", "司徒", "鲜于", "司空", "闾丘", "子车", "亓官",
            "司寇", "巫马", "公西", "颛孙", "壤驷", "公良", "漆雕", "乐正", "宰父", "谷梁", "拓跋", "夹谷", "轩辕", "令狐", "段干", "百里", "呼延",
            "东郭", "南门", "羊舌", "微生", "公户", "公玉", "公仪", "梁丘", "公仲", "公上", "公门", "公山", "公坚", "左丘", "公伯", "西门", "公祖",
            "第五", "公乘", "贯丘", "公皙", "南荣", "东里", "东宫", "仲长", "子书", "子桑", "即墨", "达奚", "褚师", "单于", "淳于", "相里", "锺离",
            "歐陽", "司馬", "諸葛");

    private static final String MASK = "某某";
    private static final Pattern ID_IN_TEXT = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})(\\d{8})(\\d{3}[0-9Xx])(?![0-9A-Za-z])");
    private static final Pattern MOBILE_IN_TEXT = Pattern.compile("(?<!\\d)(1[3-9]\\d)(\\d{4})(\\d{4})(?!\\d)");
    /** A run of name characters of one administrative unit (no digits, Latin letters or spaces). */
    private static final String UNIT = "[^\\d０-９A-Za-zＡ-Ｚａ-ｚ\\s#＃()（）-]";
    /**
     * The administrative levels from the left, each optional, each a short name and its marker: 省 / 自治区, 市 / 州 /
     * 盟 / 地区, 市 / 县 / 区 / 旗, 街道 / 镇 / 乡, 村 / 社区 / 居委会. What follows (roads, numbers, groups) is dropped.
     */
    private static final Pattern ADMINISTRATIVE_PREFIX = Pattern.compile(
            "(?:" + UNIT + "{1,8}?(?:省|自治区|特别行政区))?"
                    + "(?:" + UNIT + "{1,8}?(?:自治州|市|州|盟|地区))?"
                    + "(?:" + UNIT + "{1,8}?(?:自治县|县|区|旗|市))?"
                    + "(?:" + UNIT + "{1,10}?(?:街道办事处|街道|镇|乡))?"
                    + "(?:" + UNIT + "{1,10}?(?:村民委员会|居民委员会|村委会|居委会|社区|村))?");

    private PersonalDataMask() {
    }

    /** 张三丰 → 张某某, 欧阳娜娜 → 欧阳某某; blank stays blank. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String n = name.strip();
        if (n.contains(MASK)) {
            return n;
        }
        int dot = indexOfDot(n);
        if (dot > 0) {
            return n.substring(0, n.offsetByCodePoints(0, 1)) + MASK;
        }
        if (n.codePointCount(0, n.length()) >= 3 && COMPOUND_SURNAMES.contains(n.substring(0, n.offsetByCodePoints(0, 2)))) {
            return n.substring(0, n.offsetByCodePoints(0, 2)) + MASK;
        }
        return n.substring(0, n.offsetByCodePoints(0, 1)) + MASK;
    }

    private static int indexOfDot(String n) {
        for (String dot : List.of("·", "•", "・", ".")) {
            int i = n.indexOf(dot);
            if (i > 0) {
                return i;
            }
        }
        return -1;
    }

    /** 331181199001011234 → 331181********1234; other lengths: all but the last 4 starred. */
    public static String idNumber(String id) {
        if (id == null || id.isBlank()) {
            return id;
        }
        String s = id.strip();
        if (s.length() == 18) {
            return s.substring(0, 6) + "********" + s.substring(14);
        }
        if (s.length() <= 4) {
            return "*".repeat(s.length());
        }
        return "*".repeat(s.length() - 4) + s.substring(s.length() - 4);
    }

    /** The address down to the village or community, else the township, else the county (see the class comment). */
    public static String address(String address) {
        if (address == null || address.isBlank()) {
            return address;
        }
        Matcher m = ADMINISTRATIVE_PREFIX.matcher(address.strip());
        return m.lookingAt() ? m.group() : "";
    }

    /**
     * Free text with the party's name replaced by the masked name (when the party is an individual) and every
     * 18-character ID number and mobile number starred.
     */
    public static String text(String text, String partyName, boolean individual) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String t = text;
        if (individual && partyName != null && !partyName.isBlank() && !partyName.contains(MASK)) {
            t = t.replace(partyName.strip(), name(partyName));
        }
        t = ID_IN_TEXT.matcher(t).replaceAll("$1********$3");
        return MOBILE_IN_TEXT.matcher(t).replaceAll("$1****$3");
    }
}
