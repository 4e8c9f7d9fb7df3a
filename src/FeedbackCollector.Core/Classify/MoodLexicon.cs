using System.Globalization;

namespace FeedbackCollector.Core.Classify;

/// <summary>
/// The words and phrases the offline classifier knows, each with a strength from -3 (very unhappy) to +3
/// (very happy). A C# table rather than a data file: no I/O, nothing for the AOT trimmer to lose.
/// Chosen for what customers write after a visit to a salon, clinic, café or tradesperson.
/// </summary>
internal static partial class MoodLexicon
{
    private const string Positive =
        "good:2 great:3 excellent:3 amazing:3 awesome:3 fantastic:3 wonderful:3 perfect:3 perfectly:2 love:3 loved:3 loves:3 lovely:3 " +
        "liked:2 enjoy:2 enjoyed:2 enjoyable:2 nice:2 best:3 better:1 happy:2 glad:2 pleased:2 satisfied:2 " +
        "delicious:3 tasty:2 yummy:3 fresh:2 flavorful:2 flavourful:2 tender:2 juicy:2 crispy:1 authentic:1 incredible:3 " +
        "friendly:2 helpful:2 kind:2 polite:2 attentive:2 professional:2 courteous:2 welcoming:2 caring:2 gentle:2 " +
        "patient:1 knowledgeable:2 skilled:2 talented:2 efficient:2 quick:1 fast:1 prompt:1 punctual:2 thorough:2 " +
        "clean:1 cozy:2 cosy:2 comfortable:2 relaxing:2 relaxed:1 beautiful:2 gorgeous:3 stunning:3 pretty:1 " +
        "recommend:2 recommended:2 recommending:2 impressed:2 impressive:2 outstanding:3 superb:3 brilliant:3 terrific:3 " +
        "exceptional:3 phenomenal:3 spectacular:3 fabulous:3 magnificent:3 marvelous:3 marvellous:3 divine:3 heavenly:3 " +
        "thank:1 thanks:1 grateful:2 appreciate:2 appreciated:2 pleasant:2 pleasure:2 fun:2 cool:1 solid:1 decent:1 " +
        "reasonable:1 reasonably:1 fair:1 affordable:1 bargain:2 worth:1 generous:2 plentiful:1 " +
        "wow:2 yum:2 favorite:2 favourite:2 gem:2 treat:1 sweet:1 smooth:1 " +
        "satisfying:2 refreshing:2 fine:1 superior:2 quality:1 genuine:1 accommodating:2 hospitable:2 " +
        "impeccable:3 flawless:3 fave:2 neat:1 legit:1 loving:2 smile:1 smiling:1 smiles:1 cheerful:2 " +
        "definitely:1 beat:1 ideal:2 interesting:1 unique:1 creative:1 " +
        "return:1 returning:1 delight:3 delighted:3 delightful:3 happier:2 cute:1 quickly:1 immediately:1 " +
        "fantastically:3 wonderfully:3 beautifully:2 kindly:1 friendliest:3 tastiest:3 freshest:3 awesomeness:3 loving:2 perfection:3 attentively:2 promptly:1 helped:1 fixed:1 sorted:1 spotless:2 immaculate:3";

    private const string Negative =
        "bad:-2 terrible:-3 horrible:-3 awful:-3 worst:-3 poor:-2 poorly:-2 disappointing:-2 disappointed:-2 disappointment:-2 " +
        "hate:-3 hated:-3 dislike:-2 disliked:-2 rude:-3 unfriendly:-2 unprofessional:-3 dirty:-2 filthy:-3 gross:-3 " +
        "disgusting:-3 nasty:-3 bland:-2 tasteless:-2 flavorless:-2 flavourless:-2 stale:-2 soggy:-2 greasy:-2 " +
        "overcooked:-2 undercooked:-2 burnt:-2 burned:-2 raw:-1 cold:-1 lukewarm:-1 dry:-1 tough:-1 chewy:-1 " +
        "salty:-1 overpriced:-2 expensive:-1 pricey:-1 slow:-2 late:-1 wait:-1 waited:-1 waiting:-1 " +
        "mediocre:-2 meh:-2 average:-1 boring:-2 sucks:-3 sucked:-3 suck:-3 lame:-2 " +
        "wrong:-2 mistake:-2 mess:-2 messy:-2 broken:-2 broke:-1 ruined:-3 ruin:-2 damaged:-2 uneven:-2 painful:-2 pain:-1 " +
        "hurt:-2 hurts:-2 sick:-2 ill:-2 angry:-3 annoyed:-2 annoying:-2 frustrated:-2 frustrating:-2 upset:-2 " +
        "unhappy:-3 sad:-2 sadly:-2 unfortunately:-2 complaint:-2 complain:-2 complained:-2 refund:-2 " +
        "ignored:-2 neglected:-2 careless:-2 incompetent:-3 lazy:-2 arrogant:-2 condescending:-2 " +
        "uncomfortable:-2 unpleasant:-2 smelly:-2 smelled:-1 smell:-1 stink:-3 stinks:-3 noisy:-1 loud:-1 crowded:-1 " +
        "waste:-3 wasted:-3 lacking:-2 lacked:-2 lack:-2 " +
        "inedible:-3 unacceptable:-3 insulting:-3 insult:-3 shame:-2 shameful:-3 pathetic:-3 " +
        "worse:-2 problem:-1 problems:-1 issue:-1 issues:-1 fail:-2 failed:-2 fails:-2 forgot:-2 forgotten:-2 " +
        "cheap:-1 tiny:-1 small:-1 skimpy:-2 overrated:-2 underwhelming:-2 underwhelmed:-2 regret:-2 " +
        "yuck:-3 ugh:-2 eww:-3 sloppy:-2 rushed:-2 missing:-1 lost:-1 mediocrity:-2 subpar:-2 " +
        "scam:-3 rip:-1 overpowering:-1 watery:-2 rubbery:-2 rubber:-1 mushy:-2 frozen:-1 microwaved:-2 " +
        "lacks:-2 weird:-1 strange:-1 odd:-1 confused:-1 confusing:-1 inconsistent:-2 unreliable:-2 " +
        "avoid:-3 warning:-2 beware:-3 embarrassing:-2 embarrassed:-2 horrendous:-3 atrocious:-3 abysmal:-3 " +
        "dreadful:-3 appalling:-3 sour:-1 bitter:-1 unsatisfied:-2 dissatisfied:-2 unsatisfying:-2 bother:-1 " +
        "cancelled:-2 canceled:-2 overcharged:-3 charged:-1 poisoning:-3 died:-2 dead:-2 bugs:-3 bug:-2 fly:-1 " +
        "attitude:-1 vomit:-3 lousy:-2 crap:-3 crappy:-3 shitty:-3 damn:-1 hell:-1 worthless:-3 disgusted:-3 shocked:-2 blah:-2 cheated:-3 disaster:-3 disrespected:-3 " +
        "disrespectful:-3 rudely:-3 rudest:-3 blows:-2 overwhelmed:-1 struggle:-1 struggled:-1 horribly:-3 terribly:-3 " +
        "awfully:-2 sickening:-3 tasteless:-2 overpriced:-2 unhelpful:-2 impolite:-3 dismissive:-2 insulted:-3 " +
        "letdown:-2 jerk:-3 downside:-2 uninspired:-2 forgetting:-2 ignore:-2 ignoring:-2";

    /// <summary>
    /// What the visit was about, which general English rates as bad ("a cut", "fixed the leak", "firm pressure"):
    /// here they say nothing about how it went, and a happy reading needs no complaint cue beside it.
    /// </summary>
    private const string Subjects = "cut:0 cuts:0 leak:0 block:0 blocked:0 pressure:0";

    /// <summary>Phrases that mean more (or something else) than their words. Matched before single words.</summary>
    private const string PhraseList =
        "never again:-3|don't waste:-3|do not waste:-3|don't bother:-3|do not bother:-3|save your money:-3|waste your time:-3|waste your money:-3|turn off:-2|turned off:-2|never going back:-3|never come again:-3|never coming again:-3|not going back:-3|not coming again:-3|wouldn't return:-3|won't return:-3|will not return:-3|would not return:-3|never return:-3|not return:-3|won't be going back:-3|not be going back:-3|never be back:-3|never go again:-3|never ever:-2|had better:-2|leaves a lot to be desired:-3|not to be missed:3|could not be happier:3|could not be better:3|not coming back:-3|never coming back:-3|won't be back:-3|will not be back:-3|not be back:-3|" +
        "wouldn't go back:-3|won't go back:-3|not go back:-3|never go back:-3|waste of:-3|not worth:-3|" +
        "will be back:3|coming back:2|come back:2|go back:2|be back:2|will return:3|must try:3|a must:3|" +
        "highly recommend:3|would recommend:3|to die for:3|five stars:3|5 stars:3|one star:-3|1 star:-3|no stars:-3|" +
        "zero stars:-3|rip off:-3|ripped off:-3|food poisoning:-3|took forever:-3|long wait:-2|too long:-2|" +
        "never got:-2|never came:-2|never brought:-2|much better:-1|could be better:-2|could have been better:-2|" +
        "nothing special:-2|not special:-2|blew my mind:3|melt in your mouth:3|on point:3|spot on:3|" +
        "top notch:3|first class:3|second to none:3|out of this world:3|not impressed:-3|not good:-2|no good:-2|" +
        "well done:2|fell apart:-2|went wrong:-2|thumbs up:2|thumbs down:-2|hit the spot:3|5 star:3|five star:3|" +
        "so so:-1|so-so:-1|not bad:1|wasn't bad:1|not great:-2|not the best:-2|not fresh:-2|not worth it:-3|" +
        "left hungry:-2|over priced:-2|under cooked:-2|over cooked:-2|feel welcome:2|felt welcome:2|made me feel:1|" +
        "would not recommend:-3|wouldn't recommend:-3|do not recommend:-3|don't recommend:-3|can't recommend:-3|" +
        "cannot recommend:-3|look elsewhere:-3|go elsewhere:-3|stay away:-3|steer clear:-3|no thanks:-2|" +
        "more than happy:1|can't wait:2|cannot wait:2|can't beat:3|cannot beat:3|can't go wrong:3|couldn't be happier:3|" +
        "couldn't be better:3|no complaints:2|nothing to complain:2|never disappoints:3|never disappointed:3|" +
        "can't say enough:3|cannot say enough:3|couldn't ask for:3|could not ask for:3|let down:-2|gave up:-2|give up:-2|no excuse:-2|up to par:2|not disappointed:2|wasn't disappointed:2|won't be disappointed:3|will not be disappointed:3";

    /// <summary>General English first, then the domain lists, so a word both know keeps the domain strength.</summary>
    public static IReadOnlyDictionary<string, double> Words { get; } = ParseWords(General, GeneralWeight, ParseWords(Positive + " " + Negative + " " + Subjects, 1, null));

    /// <summary>Phrases as word arrays, longest first so "not worth it" wins over "not worth".</summary>
    public static IReadOnlyList<(string[] Words, double Score)> Phrases { get; } = ParsePhrases(PhraseList);

    /// <summary>
    /// General words describe events as often as opinions ("charged", "won", "stable"), so they count for less than
    /// the domain words, which are what customers write about a visit.
    /// </summary>
    private const double GeneralWeight = 0.8;

    /// <summary>The table's words scaled by weight, added to <paramref name="domain"/> where it does not know them.</summary>
    private static Dictionary<string, double> ParseWords(string table, double weight, Dictionary<string, double>? domain)
    {
        var map = domain ?? new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var entry in table.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = entry.LastIndexOf(':');
            map.TryAdd(entry[..colon], weight * double.Parse(entry[(colon + 1)..], CultureInfo.InvariantCulture));
        }
        return map;
    }

    private static List<(string[] Words, double Score)> ParsePhrases(string table) =>
        [.. table.Split('|', StringSplitOptions.RemoveEmptyEntries)
            .Select(e => (Words: e[..e.LastIndexOf(':')].Split(' '), Score: double.Parse(e[(e.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture)))
            .OrderByDescending(p => p.Words.Length)];
}
