# loaded/cliche.lex: clichés, stock drama and euphemisms in narration
#
# What the class is: ready-made phrases that stand in for reporting. A cliché ("perfect
# storm", "game changer", "tip of the iceberg") asserts a judgement (that this is
# unprecedented, transformative, the start of something bigger) without the facts that
# would show it. Stock drama ("sent shockwaves", "sparked outrage", "bombshell") inflates
# a reaction. A euphemism ("passed away", "collateral damage") softens a fact the reader is
# owed plainly. In quotes they are the speaker's; in narration they are the writer's.
#
# Style guidance drawn on:
# - AP Stylebook: "die" rather than euphemisms such as "pass away"; plain words over
#   figurative ones; avoid clichés and jargon in news copy.
# - Wikipedia Manual of Style, "Words to watch": clichés and idioms, and euphemisms
#   ("passed away", "collateral damage" and similar).
#
# Severity: the euphemisms that hide a death or a civilian toll are warnings (the rule
# default). Clichés and stock drama are info: they weaken copy more than they bias it.
#
# Left out on purpose: "in the wake of" (neutral: it only orders events), "last-ditch"
# and "U-turn" (house style in clean BBC copy for a final attempt and a reversal).

# --- euphemisms --------------------------------------------------------------------------------
passed away -> died ; note: AP: say "died"; "passed away" is a euphemism ; ex: The actor passed away on Sunday at 84.
pass away -> die ; !prev: to ; note: AP: say "die"; "pass away" is a euphemism ; ex: Patients who pass away at home are not counted.
passes away -> dies ; note: AP: say "dies"; "passes away" is a euphemism ; ex: The founder passes away at 90
lost his battle with -> died of ; unsafe ; note: "lost his battle" is a cliché that frames illness as a fight: say "died of" ; ex: He lost his battle with cancer last week.
lost her battle with -> died of ; unsafe ; note: "lost her battle" is a cliché that frames illness as a fight: say "died of" ; ex: She lost her battle with leukaemia in May.
collateral damage -> civilian casualties ; unsafe ; note: "collateral damage" is a euphemism for civilians killed or property destroyed: say who was killed or what was destroyed ; ex: The strike caused collateral damage in the village.
enhanced interrogation ; note: "enhanced interrogation" is an official euphemism: describe the methods used ; ex: Detainees were subjected to enhanced interrogation.
negative growth -> contraction ; unsafe ; info ; weak ; note: "negative growth" is a euphemism: say the economy shrank ; ex: The economy recorded negative growth in the third quarter.

# --- clichés that carry a judgement ------------------------------------------------------------
crunch time ; info ; weak ; note: "crunch time" is a cliché: say what is due and when ; ex: The talks have reached crunch time.
at the end of the day ; info ; weak ; note: "at the end of the day" is a filler cliché: cut it ; ex: At the end of the day, voters want lower prices.
perfect storm ; info ; weak ; note: "perfect storm" is a cliché: name the factors that coincided ; ex: Rising rates created a perfect storm for lenders.
game changer ; info ; weak ; note: "game changer" is a cliché and a sales claim: say what will change ; ex: The minister called the deal a game changer.
game-changer ; info ; weak ; note: "game-changer" is a cliché and a sales claim: say what will change ; ex: The drug could be a game-changer for patients.
paradigm shift ; info ; weak ; note: "paradigm shift" is jargon: say what changed ; ex: The law marks a paradigm shift in policing.
sea change ; info ; weak ; note: "sea change" is a cliché: say what changed ; ex: There has been a sea change in attitudes.
tip of the iceberg ; info ; weak ; note: "tip of the iceberg" asserts a larger hidden problem: give the evidence for it ; ex: The cases may be the tip of the iceberg.
wake-up call ; info ; weak ; note: "wake-up call" is a cliché: say what the event showed ; ex: The defeat was a wake-up call for the party.
slippery slope ; info ; weak ; note: "slippery slope" is an argument, not a fact: attribute it ; ex: The ruling puts the state on a slippery slope.
writing on the wall ; info ; weak ; note: "the writing on the wall" is a cliché and a prediction: attribute it ; ex: The writing on the wall was clear for the chief executive.
elephant in the room ; info ; weak ; note: "elephant in the room" is a cliché: name the issue ; ex: Debt is the elephant in the room.
low-hanging fruit ; info ; weak ; note: "low-hanging fruit" is jargon: say what is easy and why ; ex: The cuts target low-hanging fruit.
moving the goalposts ; info ; weak ; note: "moving the goalposts" is a charge: attribute it ; ex: Unions accused the firm of moving the goalposts.
move the goalposts ; info ; weak ; note: "move the goalposts" is a charge: attribute it ; ex: The board tried to move the goalposts again.
nail in the coffin ; info ; weak ; note: "nail in the coffin" is a cliché and a prediction: attribute it ; ex: The vote was the final nail in the coffin for the plan.
uphill battle ; info ; weak ; note: "uphill battle" is a cliché: say what stands in the way ; ex: The bill faces an uphill battle in the Senate.
uphill struggle ; info ; weak ; note: "uphill struggle" is a cliché: say what stands in the way ; ex: Recovery will be an uphill struggle.
baptism of fire ; info ; weak ; note: "baptism of fire" is a cliché: say what happened ; ex: The new coach faced a baptism of fire.
double-edged sword ; info ; weak ; note: "double-edged sword" is a cliché: name the benefit and the cost ; ex: Cheap credit is a double-edged sword.
only time will tell ; info ; weak ; note: "only time will tell" is filler: cut it or say what will decide ; ex: Only time will tell if the plan works.
the jury is still out ; info ; weak ; note: "the jury is still out" is a cliché (and confusing near court stories): say what is undecided ; ex: The jury is still out on the new policy.
hit the ground running ; info ; weak ; note: "hit the ground running" is a cliché: say what the person did first ; ex: The new minister will hit the ground running.
political football ; info ; weak ; note: "political football" is a cliché: say who is using the issue and how ; ex: Health care has become a political football.
knee-jerk ; info ; weak ; note: "knee-jerk" is a verdict on a reaction: describe the reaction ; ex: The ban was a knee-jerk response.

# --- stock drama --------------------------------------------------------------------------------
sent shockwaves ; info ; weak ; note: "sent shockwaves" inflates a reaction: say who reacted and how ; ex: The ruling sent shockwaves through the industry.
sent shock waves ; info ; weak ; note: "sent shock waves" inflates a reaction: say who reacted and how ; ex: The news sent shock waves across the market.
sparked outrage ; info ; weak ; note: "sparked outrage" inflates a reaction: say who objected and what they said ; ex: The comments sparked outrage online.
sparked fury ; info ; weak ; note: "sparked fury" inflates a reaction: say who objected and what they said ; ex: The decision sparked fury among fans.
firestorm ; info ; weak ; note: "firestorm" inflates a controversy: say who criticised what ; ex: The post set off a firestorm of criticism.
bombshell ; info ; weak ; !next: blonde ; note: "bombshell" inflates news: say what was disclosed ; ex: The report contained a bombshell about the chief.
war of words ; info ; weak ; note: "war of words" dramatises a disagreement: say who said what ; ex: The row turned into a war of words between the two leaders.
raised eyebrows ; info ; weak ; note: "raised eyebrows" is vague drama: say who questioned it ; ex: The appointment raised eyebrows in the party.
