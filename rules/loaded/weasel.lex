# loaded/weasel.lex: unsupported attributions and vague majorities
#
# What the class is: phrases that give an opinion the weight of a crowd without naming
# anyone in it. "Some say the plan will fail", "many believe", "it is widely thought",
# "critics say", "experts say" let the writer voice a view and disown it at once. The
# fix is to name the people (or the study, poll or document) and quote or paraphrase them,
# or to cut the claim.
#
# Style guidance drawn on:
# - AP Stylebook: attribute opinions and disputed facts to a named source; anonymous
#   sourcing is the exception and must be explained.
# - Wikipedia Manual of Style, "Words to watch": unsupported attributions (some people say,
#   many believe, it is widely thought, critics say, experts declare, research has shown)
#   and expressions of doubt (supposedly, purportedly).
#
# Severity: warning for the bare crowd ("some say", "many believe"), which never names
# anyone. info for phrases that edited copy uses with the source nearby ("critics say"
# after the critics were named, "experts say" with "at the university" after it).
#
# Left out on purpose:
# - "reportedly": wire copy uses it correctly when the report was named a sentence before
#   (AP allows it with the source given). It fires about once per 23,000 words of clean BBC
#   copy, and in the media-bias set four in five sentences it marked were labelled
#   non-biased; a token rule cannot see the source in the previous sentence.
# - "allegedly", "analysts said", "observers": the standard legal and wire forms.
# - "it is thought": a house form of BBC copy for unconfirmed reports (about once per
#   40,000 words); only the stronger "it is widely thought/believed" forms are listed.

# --- the bare crowd ----------------------------------------------------------------------
some say ; note: "some say" names nobody: say who, or cut the claim ; ex: Some say the plan will fail.
some have said ; note: "some have said" names nobody: say who ; ex: Some have said the vote was rigged.
some argue ; note: "some argue" names nobody: say who argues it ; ex: Some argue that the tax is unfair.
some believe ; note: "some believe" names nobody: say who believes it ; ex: Some believe the virus came from a lab.
some people say ; note: "some people say" names nobody: say who ; ex: Some people say the mayor should resign.
some people believe ; note: "some people believe" names nobody: say who ; ex: Some people believe the moon landing was faked.
some people think ; note: "some people think" names nobody: say who ; ex: Some people think the prices are too high.
some would say ; note: "some would say" is the writer's view in disguise: attribute it or cut it ; ex: Some would say the deal came too late.
some have suggested ; note: "some have suggested" names nobody: say who ; ex: Some have suggested the data were altered.
many believe ; note: "many believe" claims a crowd without evidence: give the poll, or name who ; ex: Many believe the election was stolen.
many say ; note: "many say" claims a crowd without evidence: give the poll, or name who ; ex: Many say the reforms have failed.
many people believe ; note: "many people believe" claims a crowd without evidence: give the poll ; ex: Many people believe the tax is too high.
many people think ; note: "many people think" claims a crowd without evidence: give the poll ; ex: Many people think the team will win.
many people feel ; note: "many people feel" claims a crowd without evidence: give the poll ; ex: Many people feel let down by the council.
many feel ; note: "many feel" claims a crowd without evidence: give the poll, or name who ; ex: Many feel the plan goes too far.
many argue ; note: "many argue" claims a crowd without evidence: name who argues it ; ex: Many argue the ban has not worked.
many observers ; info ; weak ; note: "many observers" names nobody: say which observers ; ex: Many observers expect a deal this week.
observers say ; info ; weak ; note: "observers say" names nobody: say which observers ; ex: Observers say the vote was flawed.
everyone knows ; note: "everyone knows" asserts a consensus the story has not shown: state the fact and its source ; ex: Everyone knows the budget does not add up.
it is no secret ; info ; weak ; note: "it is no secret" asserts common knowledge: give the source ; ex: It is no secret that the two men dislike each other.
it is well known ; info ; weak ; note: "it is well known" asserts common knowledge: give the source ; ex: It is well known that the firm was losing money.
there are those who ; note: "there are those who" names nobody: say who ; ex: There are those who say he should quit.
according to some ; next: , . ; note: "according to some" names nobody: say according to whom ; ex: According to some, the deal is dead. ; nex: Sales rose, according to some Indian firms.
according to critics ; info ; weak ; note: "according to critics" names nobody: say which critics ; ex: According to critics, the scheme wastes money.

# --- passive attribution ----------------------------------------------------------------------
it is said ; info ; weak ; note: "it is said" hides the speaker: say who says it ; ex: It is said that the king never slept there.
it is widely believed ; note: "it is widely believed" hides who believes it: give the poll or name the source ; ex: It is widely believed that the talks will fail.
it is widely thought ; note: "it is widely thought" hides who thinks it: name the source ; ex: It is widely thought that rates will rise.
widely believed ; info ; weak ; !prev: is ; note: "widely believed" hides who believes it: name the source ; ex: The move is a widely believed rumour in the City.
it is believed ; info ; weak ; note: "it is believed" hides who believes it: name the source ("police believe") ; ex: It is believed the gunman fled on foot.
it has been suggested ; info ; weak ; note: "it has been suggested" hides who suggested it: say who ; ex: It has been suggested that the minister knew.
it has been claimed ; info ; weak ; note: "it has been claimed" hides who claimed it: say who ; ex: It has been claimed that the list was leaked.
it is claimed ; info ; weak ; note: "it is claimed" hides who claims it: say who ; ex: It is claimed that the firm broke the rules.
it was claimed ; info ; weak ; note: "it was claimed" hides who claimed it: say who ; ex: It was claimed in court that he knew.
is widely seen as ; info ; weak ; note: "widely seen as" hides who sees it so: name the source ; ex: The deal is widely seen as a defeat for the union.
is widely regarded as ; info ; weak ; note: "widely regarded as" hides who regards it so: name the source ; ex: She is widely regarded as the favourite.
is widely considered ; info ; weak ; note: "widely considered" hides who considers it so: name the source ; ex: He is widely considered the front-runner.
is seen by many as ; note: "seen by many" claims a crowd without evidence: name the source ; ex: The law is seen by many as an attack on free speech.

# --- unnamed authorities ---------------------------------------------------------------------
critics say ; info ; weak ; !next: at from in including such , ; note: "critics say" names nobody: say which critics, or quote one ; ex: Critics say the law will hurt small firms. ; nex: Critics say, including the union, that the law is flawed.
critics argue ; info ; weak ; note: "critics argue" names nobody: say which critics ; ex: Critics argue the reform goes too far.
critics claim ; info ; weak ; note: "critics claim" names nobody and casts doubt: say which critics, and use "say" ; ex: Critics claim the tests are biased.
critics believe ; info ; weak ; note: "critics believe" names nobody: say which critics ; ex: Critics believe the policy will backfire.
experts say ; info ; weak ; !prev: the these those ; !next: at from in including such , ; note: "experts say" names nobody: name the experts or their institution ; ex: Experts say the bridge is unsafe. ; nex: Experts at the university say the bridge is unsafe.
experts believe ; info ; weak ; !next: at from in including such , ; note: "experts believe" names nobody: name the experts ; ex: Experts believe the drought will last.
experts warn ; info ; weak ; !next: at from in including such , ; note: "experts warn" names nobody: name the experts ; ex: Experts warn the drug may be unsafe.
research has shown ; info ; weak ; note: "research has shown" hides the research: name the study ; ex: Research has shown that the drug works.
research shows ; info ; weak ; note: "research shows" hides the research: name the study ; ex: Research shows that children learn faster.
studies show ; info ; weak ; note: "studies show" hides the studies: name them ; ex: Studies show that the diet works.
studies have shown ; info ; weak ; note: "studies have shown" hides the studies: name them ; ex: Studies have shown the vaccine is safe.

# --- expressions of doubt ----------------------------------------------------------------------
supposedly ; info ; weak ; note: "supposedly" casts doubt without a source: say who doubts it and why ; ex: The supposedly secret plan was leaked.
purportedly ; info ; weak ; note: "purportedly" casts doubt without a source: say who doubts it and why ; ex: The letter purportedly came from the king.
