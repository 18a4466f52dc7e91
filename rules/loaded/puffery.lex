# loaded/puffery.lex: promotional praise in the writer's voice
#
# What the class is: adjectives that advertise rather than inform. "The iconic, world-class
# venue" tells the reader what to think of it; "the 90,000-seat stadium, which has hosted
# three finals" tells the reader why others think so. Praise belongs to a named source;
# the copy gives the facts (awards, sales, dates, records) that earned it.
#
# Style guidance drawn on:
# - AP Stylebook: news copy is not promotion; superlatives and praise need facts or a
#   named source behind them.
# - Wikipedia Manual of Style, "Words to watch": puffery (legendary, iconic, visionary,
#   world-class, renowned, acclaimed, prestigious, cutting-edge and similar).
#
# Severity: warning for pure sales words (world-class, visionary, must-see, unparalleled,
# highly anticipated). info for words that are often a fair summary of a documented
# standing (iconic, legendary, acclaimed, renowned, influential) or that have a factual
# sense (a ground-breaking ceremony, a revolutionary war, a historic building).
#
# Measured choices (clean BBC copy, 827k words, outside quotes; media-bias set BABE SG2):
# - "historic" is flagged only after an intensifier ("truly historic"): bare "historic"
#   marked 7 non-biased sentences against 5 biased ones and annotators never marked the word.
# - Left out: "prestigious" (14 hits in BBC narration, almost all naming a real award),
#   "hugely popular" (13), "long-awaited" (8), "must-have" (7, mostly quoted tips),
#   "pioneering" (6) and "superstar": fair description in arts and technology copy far more
#   often than puffery.

# --- sales words: only ever promotion ---------------------------------------------------------
world-class ; note: "world-class" is advertising: give the ranking, record or award ; ex: The city has a world-class transport system.
world class ; next: player players team squad venue venues facility facilities service services university universities city hospital hospitals airport ; note: "world class" is advertising: give the ranking, record or award ; ex: He is a world class player. ; nex: The team is now world class.
iconic ; info ; weak ; note: "iconic" is puffery: say what the thing is known for ; ex: The iconic tower will be repainted.
legendary ; info ; weak ; note: "legendary" is puffery: give the record or achievement behind the reputation ; ex: The legendary coach retired on Monday.
visionary ; note: "visionary" is puffery: describe what the person did ; ex: The visionary founder built the firm in a garage.
groundbreaking ; info ; weak ; !next: ceremony ; note: "groundbreaking" is puffery unless the story shows what was new: say what it did first ; ex: The firm announced a groundbreaking drug. ; nex: Officials attended the groundbreaking ceremony.
ground-breaking ; info ; weak ; !next: ceremony ; note: "ground-breaking" is puffery unless the story shows what was new: say what it did first ; ex: The ground-breaking study changed the law.
game-changing ; note: "game-changing" is sales talk: say what will change and for whom ; ex: The company unveiled a game-changing battery.
cutting-edge ; info ; weak ; note: "cutting-edge" is sales talk: say what the technology does ; ex: The lab uses cutting-edge equipment.
state-of-the-art ; info ; weak ; note: "state-of-the-art" is sales talk: say what is new about it ; ex: The state-of-the-art stadium opened in May.
must-see ; note: "must-see" is advertising copy: describe the work ; ex: The show is a must-see for fans.
unparalleled ; note: "unparalleled" is puffery: give the comparison ; ex: The firm offers unparalleled service.
unrivalled ; note: "unrivalled" is puffery: give the comparison ; ex: The resort boasts unrivalled views.
unrivaled ; note: "unrivaled" is puffery: give the comparison ; ex: The team has unrivaled depth.
second to none ; note: "second to none" is puffery: give the comparison ; ex: Their service is second to none.
world-renowned ; note: "world-renowned" is puffery: say what the person is known for ; ex: A world-renowned chef will open the restaurant.
world-famous ; info ; weak ; note: "world-famous" is puffery: say what it is known for ; ex: The world-famous band will reunite.
trailblazing ; note: "trailblazing" is puffery: say what was done first ; ex: The trailblazing senator died at 90.
trailblazer ; info ; weak ; note: "trailblazer" is puffery: say what the person did first ; ex: She was a trailblazer for women in science.
stellar ; info ; weak ; !next: wind winds mass masses evolution ; note: "stellar" as praise is puffery: give the result ; ex: The firm posted stellar results.
masterpiece ; info ; weak ; note: "masterpiece" is a critic's verdict: attribute it ; ex: The film is a masterpiece of suspense.
storied ; info ; weak ; note: "storied" is puffery: give the history ; ex: The storied franchise was sold.
beloved ; info ; weak ; note: "beloved" is puffery: say who loves it and how we know ; ex: The beloved show ends this week.

# --- anticipation --------------------------------------------------------------------------------
highly anticipated ; note: "highly anticipated" is promotion: say who was waiting and why ; ex: The highly anticipated summit opens on Tuesday.
much-anticipated ; note: "much-anticipated" is promotion: say who was waiting and why ; ex: The much-anticipated sequel opens today.
eagerly awaited ; note: "eagerly awaited" is promotion: say who was waiting and why ; ex: The eagerly awaited report was published.
eagerly anticipated ; note: "eagerly anticipated" is promotion: say who was waiting and why ; ex: The eagerly anticipated album is out.

# --- standing: often earned, worth a check ----------------------------------------------------------
renowned ; info ; weak ; note: "renowned" is puffery unless the story shows the renown: say what the person is known for ; ex: A renowned surgeon led the team.
acclaimed ; info ; weak ; !prev: critically ; note: "acclaimed" needs a source: name the award or the critics ; ex: The acclaimed director spoke at the festival.
celebrated ; info ; weak ; prev: a an the his her their its most much ; note: "celebrated" as praise is puffery: say what the person is known for ; ex: The celebrated author died at 87. ; nex: Fans celebrated the win.
illustrious ; info ; weak ; note: "illustrious" is puffery: give the record ; ex: He had an illustrious career.
influential ; info ; weak ; prev: most highly hugely very deeply enormously ; note: "most influential" needs a source: say who ranks it so, or how it influenced ; ex: He is one of the most influential thinkers of the age. ; nex: The group is influential in the party.
revolutionary ; info ; weak ; next: new product products design designs device devices technology technique treatment approach idea ideas system concept ; note: "revolutionary" as praise is puffery: say what is new ; ex: The firm unveiled a revolutionary new engine. ; nex: The revolutionary war ended in 1783.
historic ; info ; weak ; prev: truly genuinely really most hugely deeply ; !next: building buildings site sites town towns city cities centre center district house houses church churches monument monuments core quarter landmark landmarks castle ship ships park parks area areas home homes estate estates property properties old ; note: "historic" is often puffery: say what makes it a first or a record ; ex: It was a truly historic deal. ; nex: The leaders signed a historic deal in May. ; nex: The truly historic building was restored.
