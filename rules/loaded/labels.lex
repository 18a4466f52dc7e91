# loaded/labels.lex: contentious labels for people, governments, acts and causes
#
# What the class is: a name that carries a verdict. Calling a government a "regime", a
# group "terrorists" or "thugs", an opponent's messaging "propaganda", an attack
# "unprovoked" or an act "illegal" (when the legality is the very thing in dispute) puts the
# writer on one side. A label is fine inside a quote or when attributed to someone ("which
# the UN calls illegal"); in the writer's own voice the fix is to describe what happened.
#
# Style guidance drawn on:
# - AP Stylebook: "illegal immigration" entry (use "illegal" for actions, not people; no
#   "illegal immigrant", "illegal alien" or "illegals"); the "terrorism" entry (prefer the
#   specific act and attribute the label); the "abortion" entry ("anti-abortion" and
#   "abortion-rights", not "pro-life"/"pro-choice"); AP's practice of "suicide bomber"
#   rather than "homicide bomber".
# - Wikipedia Manual of Style, "Words to watch": contentious labels (extremist, terrorist
#   and similar) and expressions of doubt (so-called).
#
# Decisions:
# - "illegal" is flagged in two places only: attached to people (AP), and attached to acts
#   whose legality is the subject of the dispute (war, invasion, occupation, annexation,
#   settlements). "illegal drugs", "illegal copying", "ruled illegal", "illegal immigration"
#   and court wording are factual or attributed and are left alone. For people, "illegal
#   alien(s)" and "illegals" are warnings; "illegal immigrant(s)/migrants" are info, since
#   wire copy used them until AP changed its entry in 2013 and they still appear widely.
# - "terrorist" as an adjective of an attack or a legal category ("terrorist attack",
#   "terrorist suspects", "terrorist offences") is how courts and statutes speak and is left
#   alone; the noun "terrorists" and "terrorist group/organisation" in the writer's voice are
#   flagged (info: sometimes the attribution is in the previous sentence).
# - "radical" in the sense of drastic ("radical surgery", "radical reform", "radical change")
#   is left alone; as a political label ("the radical left") it is flagged.
# - "regime" is flagged (info) after a capitalised word ("the Assad regime", "Trump regime")
#   and never for a system of rules ("tax regime", "training regime", "sanctions regime") or
#   in "regime change". Wire copy still uses it of dictatorships, hence info.
# - "controversial" is NOT listed: clean BBC copy uses it about once per 10,000 words as a
#   plain report that something is disputed, and in the media-bias set it marks as many
#   neutral sentences as biased ones.

# --- acts -------------------------------------------------------------------------------------
unprovoked ; note: "unprovoked" rules on the cause of a conflict: describe the attack and let the parties characterise it, attributed ; ex: Russia's unprovoked invasion entered its third year. ; ex: Police said the attack was unprovoked and random.
illegal war ; info ; weak ; note: whether a war is illegal is a contested legal claim: attribute it ("which critics say breached international law") ; ex: Protesters marched against the illegal war.
illegal invasion ; info ; weak ; note: the legality of an invasion is a contested claim: attribute it ; ex: They condemned the illegal invasion of the island.
illegal occupation ; info ; weak ; note: the legality of an occupation is a contested claim: attribute it, or say which body ruled it unlawful ; ex: Leaders denounced the illegal occupation of the territory.
illegal annexation ; info ; weak ; note: the legality of an annexation is a contested claim: attribute it, or say which body ruled it unlawful ; ex: Sanctions followed the illegal annexation of the peninsula.
illegal settlements ; info ; weak ; !near: gypsy gypsies traveller travellers caravan caravans council councils ; note: "illegal" settles a legal dispute in the writer's voice: attribute it ("settlements that most countries consider illegal") ; ex: The plan would expand illegal settlements on the hills. ; nex: Councils will get powers to move on illegal settlements by travellers.
illegally annexed -> annexed ; info ; weak ; note: attribute the legal verdict ("annexed in a move most countries consider illegal") rather than state it ; ex: The troops illegally annexed the border province.
illegally occupied -> occupied ; info ; weak ; note: attribute the legal verdict rather than state it ; ex: Troops remain in the illegally occupied region.

# --- people -------------------------------------------------------------------------------------
illegal immigrant -> immigrant living in the country illegally ; unsafe ; info ; weak ; note: AP uses "illegal" for actions, not people: say "immigrant living in the country illegally" or "without legal permission" ; ex: The raid found an illegal immigrant working in the kitchen.
illegal immigrants -> immigrants living in the country illegally ; unsafe ; info ; weak ; note: AP uses "illegal" for actions, not people: say "immigrants living in the country illegally" ; ex: The bill targets employers of illegal immigrants.
illegal migrants -> migrants who entered illegally ; unsafe ; info ; weak ; note: describe the act ("entered without permission"), not the person, as illegal ; ex: Boats carrying illegal migrants were stopped.
illegal alien -> immigrant living in the country illegally ; unsafe ; note: "illegal alien" labels a person as illegal: AP does not use it ; ex: He was deported as an illegal alien.
illegal aliens -> immigrants living in the country illegally ; unsafe ; note: "illegal aliens" labels people as illegal: AP does not use it ; ex: The sheriff promised to arrest illegal aliens.
illegals -> immigrants living in the country illegally ; unsafe ; note: "illegals" is a slur on people, not a description of an act ; ex: The ad warned about illegals crossing the border.
terrorists ; info ; weak ; !prev: suspected alleged suspect accused convicted anti - ; !next: act acts ; note: "terrorists" in the writer's voice is a label: name the group and what it did, and attribute the label ; ex: The statement blamed the terrorists for the blast. ; nex: Police arrested four suspected terrorists.
terrorist group ; info ; weak ; note: attribute the label ("designated a terrorist group by the US") or name the group and its acts ; ex: The terrorist group claimed the attack.
terrorist groups ; info ; weak ; note: attribute the label or name the groups and their acts ; ex: Funds were sent to terrorist groups abroad.
terrorist organisation ; info ; weak ; note: attribute the label ("which the EU lists as a terrorist organisation") ; ex: He denied belonging to a terrorist organisation.
terrorist organization ; info ; weak ; note: attribute the label ("which the US lists as a terrorist organization") ; ex: The senator called it a terrorist organization.
terrorist organisations ; info ; weak ; note: attribute the label or name the organisations ; ex: Several terrorist organisations operate in the area.
terrorist organizations ; info ; weak ; note: attribute the label or name the organizations ; ex: Banks froze money tied to terrorist organizations.
homicide bomber -> suicide bomber ; note: AP uses "suicide bomber"; "homicide bomber" is a partisan coinage (all bombers who kill commit homicide) ; ex: A homicide bomber struck the market.
homicide bombers -> suicide bombers ; note: AP uses "suicide bombers" ; ex: Two homicide bombers attacked the checkpoint.
extremists ; info ; weak ; !prev: islamist jihadist violent wing ; note: "extremists" is a label: say what the people did or believe, and who calls them extremists ; ex: The bill was written by extremists in the party. ; nex: Violent extremists attacked the office.
radicals ; info ; weak ; note: "radicals" is a label: describe the group's position and attribute the word ; ex: The party has been taken over by radicals.
radical ; info ; weak ; next: left right leftist leftists islam islamist islamists islamic jihadist jihadists muslim muslims cleric clerics imam imams preacher preachers feminist feminists activist activists group groups faction factions element elements agenda agendas ideology ideologies movement movements wing militants extremists fringe democrat democrats republican republicans liberal liberals conservative conservatives progressive progressives socialist socialists environmentalists environmentalist green greens students mob regime government administration ; note: "radical" as a political label: describe the position instead ; ex: The speech attacked the radical left. ; ex: She joined a radical group at college. ; nex: The firm needs radical change to survive. ; nex: He underwent radical surgery.
thug -> attacker ; unsafe ; note: "thug" is an insult, not a description: say what the person did ; ex: A thug attacked the reporter.
thugs -> attackers, assailants ; note: "thugs" is an insult, not a description: say who they were and what they did ; ex: Government thugs broke up the rally.
extremist views ; info ; weak ; note: label for beliefs: say what the beliefs are, or attribute the label ; ex: He was known for extremist views.
apologist ; info ; weak ; note: "apologist" dismisses a person as a mouthpiece: describe the person's position ; ex: He is an apologist for the government.
apologists ; info ; weak ; note: "apologists" dismisses people as mouthpieces: describe their position ; ex: The regime's apologists defended the vote.
rogue state ; info ; weak ; note: "rogue state" is a label: name the country and the conduct at issue ; ex: The treaty aims to stop a rogue state from building a bomb.
rogue states ; info ; weak ; note: "rogue states" is a label: name the countries and the conduct at issue ; ex: He warned of rogue states with missiles.

# --- governments and movements -------------------------------------------------------------------
regime -> government ; unsafe ; info ; weak ; prev: @cap ; !prev: training tax fee fees compensation maintenance detention exercise diet sanctions inspection treatment ; !next: change changes changing ; note: "regime" brands a government as illegitimate: use "government", "administration" or "rule" unless quoting ; ex: Critics of the Trump regime marched on Sunday. ; ex: Money seized from the Assad regime was frozen. ; nex: The new tax regime starts in April. ; nex: Saddam was removed in a regime change.
hardline -> strict ; unsafe ; info ; weak ; note: "hardline" frames a position as rigid: describe the position itself ; ex: The hardline cleric won the vote.
hard-line -> strict ; unsafe ; info ; weak ; note: "hard-line" frames a position as rigid: describe the position itself ; ex: He took a hard-line stance on migration.
hardliner ; info ; weak ; note: "hardliner" is a label: describe the person's position ; ex: A hardliner was named defence minister.
hardliners ; info ; weak ; note: "hardliners" is a label: describe the group's position ; ex: Party hardliners blocked the deal.
propaganda -> messaging, statements ; !prev: nazi soviet ; !next: minister ministry department unit film films poster posters ; note: "propaganda" dismisses a side's statements: say who said what, or call it a campaign or statement ; ex: State media aired more propaganda about the war. ; nex: He was the regime's propaganda minister.
pro-life -> anti-abortion ; !next: alliance party ; note: AP uses "anti-abortion", not the movement's own term "pro-life" ; ex: Pro-life groups rallied at the courthouse.
pro-choice -> abortion-rights ; unsafe ; note: AP uses "abortion-rights", not the movement's own term "pro-choice" ; ex: Pro-choice activists gathered outside.
partial-birth abortion ; note: "partial-birth abortion" is an advocacy term: describe the procedure or quote it ; ex: The ban on partial-birth abortion was upheld.
death tax -> estate tax ; note: "death tax" is a campaign term: the law calls it the estate tax ; ex: Republicans want to repeal the death tax.
climate deniers -> people who reject climate science ; unsafe ; info ; weak ; note: "deniers" is a label: say what the people reject ("who reject mainstream climate science") ; ex: The panel was stacked with climate deniers.
land grab -> seizure ; unsafe ; info ; weak ; note: "land grab" is loaded: say who took what land and how ; ex: Villagers protested the land grab by the company.

# --- so-called: scare quotes in one word ---------------------------------------------------
# Only the sneering use is flagged: "so-called" before a word naming a person, body or
# principle whose legitimacy it questions. Introducing a term ("so-called super jumbos",
# "so-called 'flash estimate'") is left alone: BBC copy does that about once per 14,000
# words.
so-called ; info ; weak ; next: experts expert journalists journalist scientists scientist democracy democratic government president leader leaders news media reform reforms peace plan deal right rights liberals liberal conservatives conservative progressives progressive moderates moderate feminists feminist victims victim refugees refugee evidence science facts justice court courts election elections elite elites healthcare ; note: "so-called" sneers at the name: drop it, or attribute the doubt ; ex: The so-called experts got it wrong. ; ex: He mocked her so-called right to choose. ; nex: Airbus is betting on so-called super jumbos.
