# loaded/editorial.lex: editorializing adjectives and adverbs
#
# What the class is: words in the writer's own voice that tell the reader how to feel
# about a fact (disastrous, shocking, outrageous, bizarre, tragically) or that the reader
# must agree (clearly, obviously, needless to say). News copy states the fact and lets the
# reader judge: "the meeting ended after 20 minutes without a statement", not "the
# disastrous meeting". Inside a quote the speaker may say anything; these entries are about
# narration.
#
# Style guidance drawn on:
# - AP Stylebook: the general rule that the reporter's opinions stay out of news copy, and
#   its advice to let facts carry the emphasis rather than intensifiers.
# - Wikipedia Manual of Style, "Words to watch": editorializing (notably, interestingly,
#   clearly, obviously, of course, ironically, unfortunately, tragically...) and
#   expressions of doubt (seemingly, supposedly).
#
# Severity: warning for words that are only ever a judgement (disastrous, outrageous,
# bizarre, appalling...). info for words that are sometimes plain description or fair
# summary (devastating damage from a storm, prices falling dramatically, seemingly).
#
# Left out on purpose:
# - "only" as a judgement ("only 3% voted") is far too often plain fact ("the only
#   survivor", "only on Sundays") for a token-based rule to tell apart.
# - "of course": an editorializing phrase, but in clean BBC copy it appears about once per
#   30,000 words outside quotes, and in the media-bias set annotators almost never marked it
#   (they marked other words in the same sentences), so it would cost more precision than it
#   buys.
# - "finally" is flagged only after has/have/had ("has finally agreed"), where it means "at
#   long last" and implies impatience; "finally" of sequence ("and finally, the weather")
#   is left alone.
# - "remarkable", "extraordinary", "amazing", "incredible": sport and arts copy uses them as
#   fair description often enough that they would drown the signal; the adverbs are kept.
# - "dramatic" (24 hits in clean BBC narration: "a dramatic turnaround"), "stunning" (13,
#   mostly sport), "infamous" (9), "shocked" (7: "shocked investors") and "unfortunately"
#   (in the media-bias set half its sentences were labelled non-biased and annotators never
#   marked the word): too often fair description for a token rule.
#
# Narrowed by measurement: "clearly" and "obviously" only after a form of "be" ("was
# clearly wrong"), where they vouch for a conclusion; "sadly", "fortunately", "luckily",
# "thankfully", "surprisingly" and "notably" only as sentence adverbs followed by a comma
# ("Sadly, ..."), where the writer comments on the whole statement.

# --- judgements: only ever opinion -------------------------------------------------------------
disastrous ; note: "disastrous" is the writer's verdict: say what happened ("ended without agreement after 40 minutes") ; ex: The disastrous launch cost the firm its biggest client.
disastrously ; note: "disastrously" is the writer's verdict: say what went wrong ; ex: The launch went disastrously for the firm.
shocking ; note: "shocking" tells the reader how to feel: state the fact and let it shock ; ex: The report contains shocking details of abuse.
shockingly ; note: "shockingly" tells the reader how to feel: delete it ; ex: The figures were shockingly high.
outrageous ; note: "outrageous" is the writer's verdict: attribute it or describe the act ; ex: The fee rise is outrageous for students.
outrageously ; note: "outrageously" is the writer's verdict: delete it or attribute it ; ex: Prices were outrageously high.
bizarre ; note: "bizarre" mocks the subject: describe what was odd about it ; ex: The senator gave a bizarre speech on Friday.
bizarrely ; note: "bizarrely" mocks the subject: delete it ; ex: Bizarrely, the minister blamed the weather.
horrific ; note: "horrific" tells the reader how to feel: describe the injuries or damage ; ex: The horrific crash killed four people.
horrifying ; note: "horrifying" tells the reader how to feel: describe what happened ; ex: The video shows horrifying scenes.
appalling ; note: "appalling" is a verdict: attribute it or describe the conditions ; ex: Inmates live in appalling conditions.
disgraceful ; note: "disgraceful" is a verdict: attribute it ; ex: The club's treatment of fans was disgraceful.
shameful ; note: "shameful" is a verdict: attribute it ; ex: It was a shameful episode for the party.
scandalous ; note: "scandalous" is a verdict: attribute it ; ex: The waste of money was scandalous.
heinous ; note: "heinous" is a verdict: describe the crime ; ex: The heinous attack shocked the town.
atrocious ; note: "atrocious" is a verdict: describe the conditions ; ex: Roads in the region are atrocious.
despicable ; note: "despicable" is a verdict: attribute it ; ex: The despicable act was caught on camera.
deplorable ; note: "deplorable" is a verdict: attribute it or describe the conditions ; ex: Detainees were held in deplorable conditions.
abhorrent ; note: "abhorrent" is a verdict: attribute it ; ex: The views he posted are abhorrent.
ludicrous ; note: "ludicrous" mocks the subject: attribute it ; ex: The plan rests on a ludicrous assumption.
preposterous ; note: "preposterous" mocks the subject: attribute it ; ex: The theory is preposterous.
laughable ; note: "laughable" mocks the subject: attribute it ; ex: The defence offered a laughable excuse.
pathetic ; note: "pathetic" mocks the subject: attribute it ; ex: The response from ministers was pathetic.
absurd ; note: "absurd" mocks the subject: attribute it or say what is inconsistent ; ex: The rule leads to absurd results.
ridiculous ; note: "ridiculous" mocks the subject: attribute it ; ex: The party made a ridiculous claim about the budget.
egregious ; note: "egregious" is a verdict: describe the act ; ex: It was an egregious abuse of power.
egregiously ; note: "egregiously" is a verdict: delete it ; ex: The agency egregiously ignored the warnings.
blatant ; note: "blatant" asserts bad faith: describe the act ; ex: The ad was a blatant lie.
blatantly ; note: "blatantly" asserts bad faith: delete it ; ex: The firm blatantly ignored the rules.
brazen ; note: "brazen" asserts bad faith: describe the act ; ex: It was a brazen attempt to rig the vote.
brazenly ; note: "brazenly" asserts bad faith: delete it ; ex: The governor brazenly defied the court.
grotesque ; note: "grotesque" is a verdict: describe what was done ; ex: The grotesque display drew protests.
hypocritical ; note: "hypocritical" is a verdict on motives: show the inconsistency and attribute the charge ; ex: The hypocritical ban exempts the minister's own firm.
hypocrisy ; note: "hypocrisy" is a verdict on motives: show the inconsistency and attribute the charge ; ex: The vote exposed the party's hypocrisy on spending.
callous ; note: "callous" is a verdict on motives: describe the act ; ex: The callous decision left families without heat.
callously ; note: "callously" is a verdict on motives: delete it ; ex: The firm callously cut the pensions.
cynically ; note: "cynically" assigns a motive: delete it or attribute it ; ex: The party cynically timed the vote.
hysteria ; info ; weak ; note: "hysteria" belittles public concern: describe the concern and its scale ; ex: Media hysteria over the virus grew.
hysterical ; info ; weak ; note: "hysterical" belittles the reaction: describe it ; ex: The hysterical coverage fuelled panic.
draconian -> strict ; unsafe ; info ; weak ; note: "draconian" is a verdict on a rule: describe what the rule does ; ex: The draconian law bans all protests.
reckless ; info ; weak ; note: "reckless" is a verdict unless a court or official found it: describe the conduct or attribute it ; ex: The reckless policy drove up debt.
recklessly ; info ; weak ; note: "recklessly" is a verdict: describe the conduct or attribute it ; ex: The bank recklessly lent to buyers.
chaotic ; info ; weak ; note: "chaotic" is a judgement: describe what happened ; ex: The chaotic rollout left voters confused.
brutal ; info ; weak ; !next: winter winters cold weather heat schedule ; note: "brutal" tells the reader how to feel: describe the violence ; ex: The brutal crackdown left dozens dead. ; nex: The team faces a brutal schedule.
brutally ; info ; weak ; note: "brutally" tells the reader how to feel: describe the violence ; ex: Protesters were brutally beaten.

# --- dramatising: sometimes fair, often the writer's heat ---------------------------------------
devastating ; info ; weak ; !near: earthquake tsunami flood floods flooding hurricane storm storms cyclone typhoon fire fires disease ; note: "devastating" tells the reader how bad it was: state the damage or the toll ; ex: The devastating war has killed thousands. ; nex: The devastating earthquake destroyed the port.
devastatingly ; info ; weak ; note: "devastatingly" tells the reader how to feel: delete it ; ex: The plan was devastatingly simple.
tragic ; info ; weak ; note: "tragic" tells the reader how to feel: state what happened ; ex: The tragic death of the boy led to an inquiry.
tragically ; info ; weak ; note: "tragically" tells the reader how to feel: delete it ; ex: Tragically, the boy died on the way to hospital.
dramatically -> sharply ; unsafe ; info ; weak ; note: "dramatically" dramatises: give the size of the change ("by 40%") or use "sharply" ; ex: Relations have shifted dramatically since January.
wildly ; info ; weak ; note: "wildly" dramatises: give the measure, or delete ; ex: The claim is wildly inaccurate.
alarmingly ; info ; weak ; note: "alarmingly" tells the reader to worry: give the figure ; ex: Debt has risen alarmingly.
scathing ; info ; weak ; note: "scathing" dramatises criticism: say what the report or speaker found ; ex: The audit issued a scathing report.
embattled ; info ; weak ; note: "embattled" frames the person as losing: say what the person faces ; ex: The embattled mayor refused to resign.
beleaguered ; info ; weak ; note: "beleaguered" frames the subject as failing: say what it faces ; ex: The beleaguered airline cut more jobs.
notorious ; info ; weak ; !next: big ; note: "notorious" is a verdict on reputation: say what the person or place is known for ; ex: The notorious prison will close.
whopping ; info ; weak ; note: "whopping" editorializes a number: give the figure and a comparison ; ex: The firm made a whopping profit.

# --- steering the reader: the writer vouches or sighs ---------------------------------------------
clearly ; info ; weak ; prev: is was are were be been ; !next: defined visible identified marked labelled labeled stated explained set audible written signposted shown ; !prev: see seen saw speak spoke speaks read reads hear heard explain explained explains state stated think ; note: "clearly" asks the reader to take a conclusion on trust: show the evidence, or delete ; ex: The minister was clearly wrong about the cost. ; nex: The rules are clearly defined in the act. ; nex: He spoke clearly to the court. ; nex: Clearly, the vote was close.
obviously ; info ; weak ; prev: is was are were be been ; note: "obviously" asks the reader to take a conclusion on trust: delete it ; ex: The plan was obviously doomed. ; nex: Obviously, we are pleased.
needless to say ; info ; weak ; note: delete "needless to say": if it is worth saying, just say it ; ex: Needless to say, the vote failed.
ironically ; info ; weak ; note: "ironically" is the writer's comment: delete it and let the facts stand ; ex: Ironically, the safety officer was injured.
surprisingly ; info ; weak ; !prev: not ; next: , ; note: "surprisingly" is the writer's comment: say who was surprised, or delete ; ex: Surprisingly, the bill passed. ; nex: Not surprisingly, the bill passed.
unsurprisingly ; info ; weak ; note: "unsurprisingly" is the writer's comment: delete it ; ex: Unsurprisingly, the union rejected the offer.
predictably ; info ; weak ; note: "predictably" is the writer's comment: delete it ; ex: Predictably, the opposition voted no.
interestingly ; info ; weak ; note: "interestingly" tells the reader what to find interesting: delete it ; ex: Interestingly, the poll was never published.
inexplicably ; info ; weak ; note: "inexplicably" is the writer's comment: say who cannot explain it ; ex: The data inexplicably vanished.
sadly ; info ; weak ; next: , ; note: "sadly" is the writer's feeling: delete it ; ex: Sadly, the shelter will close.
fortunately ; info ; weak ; !prev: un ; next: , ; note: "fortunately" is the writer's judgement: delete it ; ex: Fortunately, no one was hurt.
luckily ; info ; weak ; next: , ; note: "luckily" is the writer's judgement: delete it ; ex: Luckily, the fire was put out quickly.
thankfully ; info ; weak ; next: , ; note: "thankfully" is the writer's feeling: delete it ; ex: Thankfully, the storm passed to the east.
remarkably ; info ; weak ; note: "remarkably" tells the reader what to admire: give the fact that makes it remarkable ; ex: Remarkably, the firm kept all its staff.
incredibly ; info ; weak ; note: "incredibly" is an intensifier of opinion: delete it or give a figure ; ex: The test is incredibly hard.
amazingly ; info ; weak ; note: "amazingly" tells the reader how to feel: delete it ; ex: Amazingly, the car still ran.
astonishingly ; info ; weak ; note: "astonishingly" tells the reader how to feel: delete it ; ex: Astonishingly, the bill passed unopposed.
astonishing ; info ; weak ; note: "astonishing" tells the reader how to feel: state the fact ; ex: The firm lost an astonishing sum.
unbelievably ; info ; weak ; note: "unbelievably" is an intensifier of opinion: delete it ; ex: The queues were unbelievably long.
arguably ; info ; weak ; note: "arguably" is the writer arguing: attribute the view ; ex: He is arguably the best player of his era.
notably ; info ; weak ; next: , ; note: "notably" tells the reader what matters: often delete it, or use "including" ; ex: Notably, the banks objected. ; nex: Several firms, notably the banks, objected.
seemingly ; info ; weak ; note: "seemingly" casts doubt without a source: say who thinks so, or state what is known ; ex: The rebels had seemingly left the town by noon.
finally ; info ; weak ; prev: has have had ; note: "has finally" implies the writer's impatience: delete "finally", or give the timeline ; ex: The council has finally approved the plan.
