# wirelint spin signals: WEAK (only meaningful in a document already judged spun)
#
# These are spinner outputs that are also ordinary English: "stated" for "said", "however"
# joining clauses for "but", "officers" for "officials", "additionally" for "also". On their
# own they prove nothing, and clean copy contains most of them. The spin rule reports them
# only in a document that strong fingerprints (fingerprints.lex) have already marked as
# machine-spun, where they help the writer find the rest of the damage. Each entry still
# carries the narrowest context condition that keeps its spun use and drops the common
# legitimate ones. Fixes are never applied automatically (unsafe): the original wording is
# a guess.
#
# Format: see rules/README.md.

# ---------------------------------------------------------------------------------------
# Attribution verbs
# ---------------------------------------------------------------------------------------
stated -> said ; weak ; unsafe ; prev: @name @pron president minister spokesman spokeswoman spokesperson official officials officers officer police authorities ministry company firm agency prosecutors lawyer attorney governor mayor senator secretary chief leader premier ; !next: that as in the his her their its a an ; note: "said" spun as "stated" ; ex: "We are close to a deal," Leavitt stated. ; nex: The report stated that profits fell.
stated -> said ; weak ; unsafe ; prev: has have had ; ex: Trump has stated that land will be part of the talks.
mentioned -> said ; weak ; unsafe ; prev: @name @pron president minister spokesman spokeswoman spokesperson official officials officer officers police authorities ministry company firm agency prosecutors lawyer attorney governor mayor senator secretary chief leader premier report study ; next: . , that on in ; ex: The company mentioned on Monday that it would cut jobs. ; nex: As mentioned above, the plan failed.
mentioned -> discussed ; weak ; unsafe ; prev: have has had officials officers ; next: the ; ex: Officials have mentioned the fate of the plant.
expressed -> said ; weak ; unsafe ; prev: @name @pron president minister spokesman spokeswoman spokesperson official officials officer officers police authorities ministry company firm agency prosecutors lawyer attorney governor mayor senator secretary chief leader premier report study ; next: that , ; ex: The minister expressed that talks would continue.
informed -> told ; weak ; unsafe ; prev: @name @pron president minister spokesman spokeswoman spokesperson official officials officer officers police authorities ministry company firm agency prosecutors lawyer attorney governor mayor senator secretary chief leader premier report study ; next: reporters journalists @name the cnn reuters nbc cbs abc fox bbc msnbc politico axios npr bloomberg afp parliament lawmakers congress ; ex: On Tuesday Peskov informed reporters the call would go ahead. ; ex: She informed CNN that she would run. ; nex: He was informed that he lost.
instructed -> told, suggested ; weak ; unsafe ; prev: @name @pron ; !next: to ; ex: On Friday Trump instructed that he had taken action. ; nex: The judge instructed the jury to ignore it.
instructed that -> suggested that ; weak ; unsafe ; prev: @cap @name @pron secretary spokesman spokeswoman officials ; ex: The press secretary instructed that officials had discussed the plant.
advised -> told ; weak ; unsafe ; prev: @name @pron president minister spokesman spokeswoman spokesperson official officials officer officers police authorities ministry company firm agency prosecutors lawyer attorney governor mayor senator secretary chief leader premier report study ; next: reporters journalists cnn reuters nbc cbs abc fox bbc the ; ex: The senator advised reporters he would vote no.
introduced -> announced ; weak ; unsafe ; prev: @name @pron company firm government ministry officials authorities ; next: on that monday tuesday wednesday thursday friday saturday sunday plans ; ex: The company introduced on Monday that it would cut 500 jobs.
famous -> noted ; weak ; unsafe ; prev: @name @pron president minister spokesman spokeswoman spokesperson official officials officer officers police authorities ministry company firm agency prosecutors lawyer attorney governor mayor senator secretary chief leader premier report study also ; next: that the , ; ex: The report famous the risks of delay.
defined -> explained ; weak ; unsafe ; prev: @name @pron president minister spokesman spokeswoman spokesperson official officials officer officers police authorities ministry company firm agency prosecutors lawyer attorney governor mayor senator secretary chief leader premier report study ; next: that . , ; ex: The minister defined that the rules had changed.
included -> added ; weak ; unsafe ; prev: @name @pron president minister spokesman spokeswoman spokesperson official officials officer officers police authorities ministry company firm agency prosecutors lawyer attorney governor mayor senator secretary chief leader premier report study ; next: that . , ; ex: The minister included that talks would continue.
in a press release -> in a statement ; weak ; unsafe ; prev: said stated mentioned added wrote ; ex: The company stated in a press release that it would appeal.
in an announcement -> in a statement ; weak ; unsafe ; prev: said stated mentioned added wrote ; ex: The company said in an announcement that it would appeal.
in keeping with -> according to ; weak ; unsafe ; !prev: is was be are were very not entirely fully ; !next: the its a an his her their tradition ; ex: In keeping with Reuters, the deal is worth $2 billion.
consistent with -> according to ; weak ; unsafe ; !prev: is was be are were very not entirely fully broadly largely ; next: @name ; ex: Consistent with Reuters, the deal is worth $2 billion.
in line with -> according to ; weak ; unsafe ; prev: , ; next: @name ; ex: The deal is worth $2 billion, in line with Reuters.
based on -> according to ; weak ; unsafe ; next: police officials officers authorities prosecutors witnesses investigators reports experiences ; ex: Based on police, two men were arrested.
as per -> according to ; weak ; unsafe ; next: police officials officers authorities reports @name ; ex: As per police, two men were arrested.

# ---------------------------------------------------------------------------------------
# Conjunctions and connectives
# ---------------------------------------------------------------------------------------
however -> but ; weak ; unsafe ; !prev: , ; !next: , . ; next: added stated said says mentioned noted insisted warned refutes refuted denied declined acknowledged conceded admitted argued stressed acknowledges denies ; note: "but" spun as "however" (no commas around it) ; ex: Peskov said the leaders would talk however added that questions remain. ; nex: The plan, however, was dropped.
However -> But ; weak ; unsafe ; case ; !next: , ; next: @name the a an his her their its some many most officials officers critics analysts ; ex: However Bradley Bowman questioned whether Putin is ready. ; nex: However, the plan was dropped.
whereas -> while ; weak ; unsafe ; !prev: , ; ex: He praised the deal whereas criticising its authors.
additionally -> also ; weak ; unsafe ; note: "also" spun as "additionally" ; ex: There are additionally many questions about the deal.
as well as , -> in addition ; weak ; unsafe ; prev: . ; ex: Sales fell. As well as, costs rose.
in the meantime -> meanwhile ; weak ; unsafe ; prev: . ; next: , ; ex: Prices rose. In the meantime, wages fell.
then again -> however ; weak ; unsafe ; prev: . ; next: , ; ex: Sales rose. Then again, costs climbed.
alternatively -> however ; weak ; unsafe ; prev: . ; next: , ; ex: Sales rose. Alternatively, costs climbed.
nonetheless -> still ; weak ; unsafe ; prev: is are was were has have had @pron ; ex: The plant is nonetheless offline.
regardless of -> despite ; weak ; unsafe ; !next: whether the their his her its who what how where when ; ex: Regardless of sanctions, trade grew.
even supposing -> even though ; weak ; unsafe ; ex: Even supposing the deal fails, talks will continue.
so as to -> in order to ; weak ; unsafe ; ex: He resigned so as to spend time with family.
with a view to -> in order to ; weak ; unsafe ; next: assist help make ensure keep stop end reach win ; ex: He resigned with a view to assist his family.
with the intention to -> in order to ; weak ; unsafe ; ex: He resigned with the intention to spend time with family.
so that you can -> in order to ; weak ; unsafe ; ex: He resigned so that you can spend time with family.
in order that -> so that ; weak ; unsafe ; ex: The rules changed in order that more can vote.
to be able to -> in order to ; weak ; unsafe ; prev: , ; ex: The bank cut rates, to be able to boost growth.
if truth be told -> in fact ; weak ; unsafe ; ex: The plan, if truth be told, is expensive.
in reality -> in fact, actually ; weak ; unsafe ; ex: The plan is in reality expensive.
it sounds as if -> apparently ; weak ; unsafe ; ex: The plan it sounds as if failed.
it seems that -> apparently ; weak ; unsafe ; ex: The plan it seems that failed.
necessarily -> essentially ; weak ; unsafe ; prev: is are was were ; ex: The deal is necessarily dead.
whether or not -> whether ; weak ; unsafe ; !next: to ; note: "whether" spun as "whether or not" ; ex: He questioned whether or not Putin is ready. ; nex: Whether or not to vote is your choice.
the place -> where ; weak ; unsafe ; next: the he she they it we a an @name ; !prev: in to from at of this that any every ; ex: He visited the town the place the attack happened. ; nex: This is the place to be.
wherein -> in which ; weak ; unsafe ; note: "in which" spun as "wherein"; rare but legitimate formal English ; ex: It was the 2016 election wherein he beat Hillary Clinton.
whereby -> in which ; weak ; unsafe ; ex: The plan whereby voters register online failed.

# ---------------------------------------------------------------------------------------
# Function words and adverbs
# ---------------------------------------------------------------------------------------
is just not -> isn't ; weak ; unsafe ; note: "isn't" expanded by the spinner ; ex: The AP is just not following the order.
are actually -> are now ; weak ; unsafe ; next: in on at under facing being ; ex: Ukraine's forces are actually in retreat.
is actually -> is now ; weak ; unsafe ; next: in on at under facing being ; ex: The plant is actually under Russian control.
don't seem to be -> aren't ; weak ; unsafe ; ex: Officials don't seem to be convinced.
will likely be -> will be ; weak ; unsafe ; note: "will be" spun as "will likely be" ; ex: Control of land will likely be part of the talks.
a part of -> part of ; weak ; unsafe ; prev: as be is are was were become becomes ; !next: the ; ex: They discussed assets as a part of a deal.
once more -> again ; weak ; unsafe ; ex: Trump once more underscored his view.
simply -> just ; weak ; unsafe ; prev: is was are were ; next: the a an ; ex: The meeting is simply the latest turn in relations.
shortly -> quickly ; weak ; unsafe ; next: end ending finish finishing resolve settle reach ; ex: He pledged to shortly finish the war.
practically -> nearly ; weak ; unsafe ; next: @num a all every half ; ex: The plant produced practically half the power.
round -> around ; weak ; unsafe ; next: @num ; !prev: in the a first second third fourth fifth final this next each every ; ex: The storm killed round 40 people. ; nex: He lost in round 3 of the tournament.
extra -> more ; weak ; unsafe ; next: than regular normal likely possible ; ex: He wants an extra regular relationship.
lengthy -> long ; weak ; unsafe ; prev: has have had ; ex: He has lengthy shown admiration for Putin.
latest -> recent ; weak ; unsafe ; prev: his her their its ; next: contentious tense heated meeting assembly visit trip talks comments remarks ; ex: During his latest contentious meeting he complained.
just lately -> recently ; weak ; unsafe ; ex: The firm just lately cut jobs.
not too long ago -> recently ; weak ; unsafe ; ex: The firm not too long ago cut jobs.
in recent times -> recently, in recent years ; weak ; unsafe ; ex: In recent times the firm cut jobs.
lately -> recently ; weak ; unsafe ; prev: has have had was were @pron ; ex: The firm has lately cut jobs.
prior to now -> in the past ; weak ; unsafe ; ex: He has said prior to now that he would resign.
up to now -> so far ; weak ; unsafe ; ex: Up to now, no one has been charged.
to this point -> so far ; weak ; unsafe ; !prev: get got getting come came to ; ex: To this point, no one has been charged.
the day gone by -> yesterday ; weak ; unsafe ; ex: Shares fell the day gone by.
these days -> recently, today ; weak ; unsafe ; prev: has have had was were ; ex: Prices have these days fallen.
at the moment -> currently ; weak ; unsafe ; prev: is are was were ; ex: The plant is at the moment offline.
a large number of -> many ; weak ; unsafe ; ex: A large number of protesters gathered.
quite a lot of -> various, many ; weak ; unsafe ; ex: Officials raised quite a lot of concerns.
more than a few -> several, various ; weak ; unsafe ; !prev: for ; ex: Officials raised more than a few concerns.
loads of -> plenty of ; weak ; unsafe ; ex: There are loads of reasons to worry.
a whole bunch of -> hundreds of ; weak ; unsafe ; ex: A whole bunch of people gathered.
akin to -> such as ; weak ; unsafe ; prev: , ; ex: Allies, akin to France, objected.
comparable to -> such as ; weak ; unsafe ; prev: , ; ex: Allies, comparable to France, objected.
corresponding to -> such as ; weak ; unsafe ; prev: , ; ex: Allies, corresponding to France, objected.
equivalent to -> such as ; weak ; unsafe ; prev: , ; ex: Allies, equivalent to France, objected.
reminiscent of -> such as ; weak ; unsafe ; prev: , ; ex: Allies, reminiscent of France, objected.
together with -> including ; weak ; unsafe ; prev: , ; ex: Several leaders, together with Macron, attended.
as an illustration -> for example ; weak ; unsafe ; ex: Prices, as an illustration, rose sharply.
in any respect -> at all ; weak ; unsafe ; ex: He did not comment in any respect.
by means of -> by ; weak ; unsafe ; prev: led owned reported published printed announced introduced founded hosted confirmed released issued signed written directed produced attended killed arrested ; ex: The talks were led by means of the envoy.
by way of -> by ; weak ; unsafe ; prev: led owned reported published printed announced introduced founded hosted confirmed released issued signed written directed produced attended killed arrested ; ex: The talks were led by way of the envoy.
may just -> could ; weak ; unsafe ; ex: The deal may just collapse.
would possibly -> might ; weak ; unsafe ; ex: The deal would possibly collapse.
one of many -> one of the ; weak ; unsafe ; next: most ; ex: It is one of many most important deals.
throughout -> during ; weak ; unsafe ; next: his her their talks a an ; !prev: spread spreading scattered ; note: "during" spun as "throughout" ; ex: He pledged throughout his campaign to end the war. ; nex: Rain spread throughout the region.
throughout the -> during the ; weak ; unsafe ; next: assembly meeting talks marketing campaign call dialog conversation interview press news ; ex: He complained throughout the assembly.

# ---------------------------------------------------------------------------------------
# Nouns and verbs of news copy
# ---------------------------------------------------------------------------------------
officers -> officials ; weak ; unsafe ; prev: russian ukrainian american administration government authorities israeli chinese iranian kremlin pentagon european nato senior trump biden white home house us western foreign metropolis city county health well being native top prime palestinian lebanese syrian turkish indian japanese korean german french british ; !near: police army military navy troops commissioned corrections prison naval ; note: "officials" spun as "officers" ; ex: Russian officers have discussed the fate of the plant. ; nex: Two police officers and three army officers were hurt.
officers stated -> officials said ; weak ; unsafe ; ex: Officers stated the plan was dead.
before the struggle -> before the war ; weak ; unsafe ; ex: Prices were lower before the struggle.
the struggle -> the war ; weak ; unsafe ; prev: than before after since during throughout ; !next: for to against with between of ; ex: Output was higher in the year earlier than the struggle. ; nex: Since the struggle for control began, prices rose.
struggle -> war ; weak ; unsafe ; prev: the this that devastating brutal bloody long ongoing scale ; near: ukraine ukraine's russia russian russia's gaza israel israeli hamas invasion troops ceasefire cease zelenskyy zelensky putin kyiv moscow ; !next: for to against with between of ; ex: The plant produced a quarter of Ukraine's power before the struggle.
battle -> war ; weak ; unsafe ; prev: the this that devastating brutal bloody long ongoing scale ; near: ukraine russia russian russia's gaza israel israeli hamas invasion troops ceasefire cease zelenskyy zelensky putin kyiv moscow ; !next: for to against with between of ; ex: Trump pledged to quickly end the battle in Ukraine.
warfare -> war ; weak ; unsafe ; prev: the this that devastating brutal bloody long ongoing scale ; near: ukraine russia russian gaza israel hamas invasion troops ceasefire putin ; ex: The warfare has killed thousands in Ukraine.
troopers -> soldiers ; weak ; unsafe ; !prev: state highway starship purge storm ; near: killed wounded injured border troops army military russian ukrainian israeli attack attacks front ; ex: Troopers crossed the border at dawn.
army -> military ; weak ; unsafe ; next: intelligence help assist aid spending budget operation operations base bases leaders junta ; ex: Trump cut off some army intelligence-sharing.
navy -> military ; weak ; unsafe ; next: intelligence help assist aid spending budget operation operations leaders junta coup regime ; !prev: royal us russian chinese british indian ; ex: Trump cut off some navy intelligence-sharing.
assist -> aid ; weak ; unsafe ; prev: and military army navy humanitarian foreign federal ; ex: He cut off intelligence and assist to Ukraine.
help -> aid ; weak ; unsafe ; prev: humanitarian foreign overseas federal emergency military army ; !next: to the us them him her ; ex: Humanitarian help reached the camp. ; nex: Federal help to them was cut.
area -> region ; weak ; unsafe ; prev: @name ; near: troops forces russian russia's ukrainian military army attack attacks strikes offensive soldiers troopers fighting preventing ; note: "region" spun as "area" ; ex: Troops surrounded Ukrainian units in Russia's Kursk area. ; nex: The area was evacuated.
nation -> country ; weak ; unsafe ; prev: the ; next: stated said has have will would ; ex: The nation stated it would retaliate.
assembly -> meeting ; weak ; unsafe ; prev: contentious tense heated door disastrous private face latest cabinet cupboard ; note: "meeting" spun as "assembly" ; ex: The president grumbled during his contentious assembly with Zelenskyy.
assembly with -> meeting with ; weak ; unsafe ; next: @name ; ex: After his assembly with Zelenskyy, aid was cut.
dialog -> conversation ; weak ; unsafe ; prev: the ; !next: box boxes window windows ; ex: Land will be part of the dialog.
destiny -> fate ; weak ; unsafe ; prev: the ; next: of ; ex: Officials discussed the destiny of the plant.
name -> call ; weak ; unsafe ; prev: putin trump biden zelenskyy zelensky xi phone cellphone telephone video conference ; !next: of is was ; ex: In preparation for the Trump-Putin name, Witkoff met Putin.
decision -> call ; weak ; unsafe ; prev: the ; next: will between is ; near: putin trump phone leaders gmt happen place ; ex: The decision will happen between 1 p.m. and 3 p.m. GMT, Peskov said.
happen -> take place ; weak ; unsafe ; prev: will would to ; next: between on at in ; near: call meeting talks summit vote conversation decision ; ex: The call will happen between 1 p.m. and 3 p.m.
choices -> decisions ; weak ; unsafe ; prev: editorial policy political his her their its ; ex: The AP said they oppose its editorial choices.
comply with -> agree to ; weak ; unsafe ; next: the a ; near: ceasefire cease framework proposal plan deal truce ; ex: Rubio persuaded officials to comply with the cease-fire framework.
check with -> refer to ; weak ; unsafe ; prev: to not ; next: the it ; near: as because gulf name ; ex: The AP did not check with the Gulf of Mexico because the Gulf of America.
debate the -> discuss the ; weak ; unsafe ; prev: to ; next: proposal plan deal ceasefire cease offer ; ex: He met Putin to debate the proposal.
targeted on -> focused on ; weak ; unsafe ; prev: has have had is was been @pron continuously consistently repeatedly always largely mainly increasingly heavily ; ex: Trump has continuously targeted on who has leverage.
prefer to see -> like to see ; weak ; unsafe ; prev: he'd she'd they'd would i'd we'd ; ex: He'd prefer to see relations return to normal.
despatched -> sent ; weak ; unsafe ; ex: Moscow despatched troops into Ukraine in 2022.
relating to -> regarding ; weak ; unsafe ; prev: questions concerns issues ; ex: There are many questions relating to the deal. ; nex: Costs relating to the move rose.
talk about -> discuss ; weak ; unsafe ; prev: will would to and ; next: the a an ; near: leaders trump putin talks officials ministers ; ex: Trump and Putin will talk about the war. ; nex: People talk about the weather.
stays -> remains ; weak ; unsafe ; prev: @pron @name ; ex: He stays uncertain that Putin is ready.
is prepared -> is ready ; weak ; unsafe ; next: for ; ex: He is unsure Putin is prepared for peace.
potential additional -> possible further ; weak ; unsafe ; ex: He may hold out for potential additional concessions.
sq. -> square ; weak ; unsafe ; next: kilometers kilometres miles meters metres feet ft km ; ex: The army seized 1,300 sq. kilometers of land.
electrical energy -> electricity ; weak ; unsafe ; ex: The plant produced a quarter of the country's electrical energy.
energy plant -> power plant ; weak ; unsafe ; ex: Officials discussed the nuclear energy plant.
priceless -> valuable ; weak ; unsafe ; next: bargaining asset assets chip ; ex: Ukraine lost a priceless asset.
motion -> action ; weak ; unsafe ; prev: unspecified military legal swift decisive quick immediate ; ex: He took unspecified motion.
saved -> kept ; weak ; unsafe ; next: @name the russia ukraine them him her ; near: from ; ex: The action saved Russia from attacking.
marketing campaign -> campaign ; weak ; unsafe ; prev: his her their the ; ex: During his marketing campaign he promised peace.
well being -> health ; weak ; unsafe ; ex: Well being officials reported new cases.
vitality -> energy ; weak ; unsafe ; ex: The country's vitality needs are growing.
information -> news, data ; weak ; unsafe ; prev: the ; next: company agency outlet outlets media conference convention ; ex: The information agency reported the strike.
metropolis -> city ; weak ; unsafe ; ex: Protests spread across the metropolis.
folks -> people ; weak ; unsafe ; prev: @num many more young older thousands hundreds millions dozens ; ex: Ten folks were killed in the crash.
individuals -> people ; weak ; unsafe ; prev: @num many more thousands hundreds millions dozens ; ex: Ten individuals were killed in the crash.
youngsters -> children ; weak ; unsafe ; prev: @num ; ex: The blast killed two youngsters.
ladies -> women ; weak ; unsafe ; prev: @num and men males ; ex: Three ladies were arrested.
males -> men ; weak ; unsafe ; prev: @num ; ex: Three males were arrested.
authorities -> government ; weak ; unsafe ; prev: federal the ; next: stated mentioned ; ex: The federal authorities stated it would appeal. ; nex: The authorities said the road was closed.
proof -> evidence ; weak ; unsafe ; prev: no any enough sufficient new dna forensic circumstantial ; ex: Police found no proof of a crime.
costs -> charges ; weak ; unsafe ; prev: faces face facing dropped filed denied criminal federal ; ex: He faces costs of fraud.
responsible -> guilty ; weak ; unsafe ; prev: pleaded pleads plead found discovered ; !next: for ; ex: He was found responsible of fraud.
regulation -> law ; weak ; unsafe ; prev: the new federal state ; near: signed passed court judge lawmakers congress senate parliament ; ex: He signed the new regulation on Friday.
invoice -> bill ; weak ; unsafe ; prev: the a ; near: senate congress lawmakers legislators legislature parliament vote voted republicans democrats senator senators signed ; ex: The Senate passed the invoice on Friday.
capturing -> shooting ; weak ; unsafe ; near: gunman police shot killed wounded suspect victims gun rifle ; ex: Police said the capturing left five dead.
hearth -> fire ; weak ; unsafe ; near: firefighters blaze flames smoke burned burning extinguished ; ex: Firefighters put out the hearth.
gamers -> players ; weak ; unsafe ; near: coach team season club league match game recreation ; ex: The coach praised his gamers after the match.
staff -> team ; weak ; unsafe ; near: coach season league match game recreation scored goals points playoffs championship ; prev: the his their ; ex: The coach said his staff played well in the match.
followers -> fans ; weak ; unsafe ; near: stadium match game recreation team staff club ; ex: Followers cheered in the stadium.
supervisor -> manager ; weak ; unsafe ; near: club team staff league match striker midfielder ; ex: The club sacked its supervisor after the match.
objective -> goal ; weak ; unsafe ; near: scored score scoring match minute header penalty striker ; ex: He scored the objective in the 90th minute.
rating -> score ; weak ; unsafe ; near: match game recreation half quarter minute goals ; prev: the ; ex: The rating was 2-1 at half-time in the match.
recreation -> game ; weak ; unsafe ; near: scored season team staff coach players gamers quarter inning ; ex: The team won the recreation.
sport -> game ; weak ; unsafe ; prev: the ; near: scored points rebounds inning quarter overtime ; ex: He scored 30 points in the sport.
buyers -> investors ; weak ; unsafe ; near: stocks inventory bonds traders dow nasdaq index treasuries ; ex: Buyers sold stocks after the report.
financial system -> economy ; weak ; unsafe ; near: grew growth shrank recession gdp inflation jobs unemployment ; ex: The financial system grew 2% last year.
economic system -> economy ; weak ; unsafe ; near: grew growth shrank recession gdp inflation jobs unemployment ; ex: The economic system grew 2% last year.
govt -> government, executive ; weak ; unsafe ; ex: The govt order was signed.
web site -> website ; weak ; unsafe ; ex: The company posted the notice on its web site.
units -> devices ; weak ; unsafe ; near: apple iphone iphones phones smartphones android tablets ; ex: Apple sold 50 million units of its phones.
sufferers -> patients ; weak ; unsafe ; near: hospital hospitals doctors docs nurses treatment treated clinic ; ex: Hospital sufferers waited hours for treatment.
docs -> doctors ; weak ; unsafe ; near: hospital hospitals patients sufferers nurses treatment ; ex: Docs at the hospital treated the patients.
medical doctors -> doctors ; weak ; unsafe ; ex: Medical doctors went on strike.

# ---------------------------------------------------------------------------------------
# Demoted from fingerprints.lex: spun forms that also occur in edited English
# ---------------------------------------------------------------------------------------
used to be -> was ; weak ; unsafe ; next: killed arrested charged shot injured wounded detained hospitalized hospitalised sentenced convicted indicted stabbed released launched ; note: "was" spun as "used to be" (also a legitimate habitual past) ; ex: The man used to be arrested on Tuesday.
was once -> was ; weak ; unsafe ; next: killed arrested charged shot injured wounded detained hospitalized hospitalised sentenced convicted indicted stabbed launched ; ex: The man was once arrested on Tuesday.
expressed . -> said. ; weak ; unsafe ; prev: @pron @name ; ex: "We will win," he expressed.
included . -> added. ; weak ; unsafe ; prev: @pron @name ; ex: "We will win," he included.
defined . -> explained. ; weak ; unsafe ; prev: @pron @name ; ex: "It was a mistake," she defined.
software program -> software ; weak ; unsafe ; !prev: a the this that its each every any one another new ; ex: The firm sells accounting software program to banks.
twister -> tornado ; weak ; unsafe ; near: storm storms weather hail winds damage destroyed warning warnings touched forecasters ; ex: A twister touched down and destroyed homes.
oil costs -> oil prices ; weak ; unsafe ; next: rose fell jumped slipped dropped climbed surged plunged tumbled ; ex: Oil costs rose 5% on Monday.
gasoline costs -> gas prices ; weak ; unsafe ; next: rose fell jumped slipped dropped climbed surged ; ex: Gasoline costs rose again.
Pentagon officers -> Pentagon officials ; weak ; unsafe ; near: said stated mentioned told informed according ; ex: Pentagon officers stated the strike hit its target.
protection officers -> defense officials ; weak ; unsafe ; !prev: child data consumer environmental civil social witness close personal fire ; near: said stated mentioned told informed according ; ex: U.S. protection officers stated the drone was shot down.
the metropolis -> the city ; weak ; unsafe ; near: mayor police residents council officials officers streets downtown suburbs ; ex: Police said the metropolis was calm on Sunday.
oldsters -> parents ; weak ; unsafe ; ex: The oldsters of the victims demanded answers.
mother and father -> parents ; weak ; unsafe ; prev: their his her the whose ; ex: Their mother and father demanded answers.
other folks -> people ; weak ; unsafe ; !prev: the ; ex: Other folks were evacuated from the area.
in query -> in question ; weak ; unsafe ; prev: person man woman individual matter issue case period week day year product company official officer ; ex: The official in query resigned.
maximum of the -> most of the ; weak ; unsafe ; !prev: a ; ex: Maximum of the victims were children.
lend a hand -> help ; weak ; unsafe ; ex: The funds will lend a hand to farmers.
give a boost to -> boost, strengthen ; weak ; unsafe ; ex: The plan will give a boost to exports.
make stronger -> strengthen, support ; weak ; unsafe ; next: the its their ties relations defenses defences security ; ex: The deal will make stronger ties with Japan.
with regards to -> with regard to, regarding ; weak ; unsafe ; ex: He said nothing with regards to the deal.
environment friendly -> efficient ; weak ; unsafe ; ex: The new engines are environment friendly.
launched a press release -> released a statement ; weak ; unsafe ; ex: The family launched a press release on Sunday.

# ---------------------------------------------------------------------------------------
# Beat collocations: spun forms that also occur in edited English (see section 15 of
# fingerprints.lex for the strong ones)
# ---------------------------------------------------------------------------------------
terrorist assault -> terrorist attack ; weak ; unsafe ; near: police killed injured wounded bomb bomber gunman victims claimed ; ex: Police said the terrorist assault killed four people.
knife assault -> knife attack ; weak ; unsafe ; near: police stabbed injured wounded victims arrested suspect ; ex: Police arrested a suspect after the knife assault.
blood check -> blood test ; weak ; unsafe ; near: doctor doctors hospital patient patients virus diagnosed results nhs ; ex: A blood check at the hospital found the virus.
DNA check -> DNA test ; weak ; unsafe ; near: police paternity identity confirmed remains ; ex: A DNA check confirmed the identity of the remains.
Covid check -> Covid test ; weak ; unsafe ; near: positive negative pcr symptoms isolate isolating ; ex: He took a Covid check after symptoms appeared.
check outcomes -> test results ; weak ; unsafe ; prev: the his her their ; next: showed show came were are confirmed ; ex: The check outcomes showed no infection.
consuming issues -> eating disorders ; weak ; unsafe ; near: anorexia bulimia teens teenagers girls patients nhs clinics ; ex: Clinics treating consuming issues such as anorexia are full.
reduction efforts -> relief efforts ; weak ; unsafe ; near: earthquake quake flood floods hurricane storm cyclone victims survivors disaster catastrophe ; ex: Reduction efforts reached the earthquake survivors.
drought situations -> drought conditions ; weak ; unsafe ; next: worsened persist persisted continue continued have are were ; ex: Drought situations worsened across the region.
icy situations -> icy conditions ; weak ; unsafe ; near: roads road drivers crashes motorists gritters snow ; ex: Icy situations caused crashes on the roads.
Christmas purchasing -> Christmas shopping ; weak ; unsafe ; near: shoppers retailers stores high street sales ; ex: Retailers said Christmas purchasing started early.
purchasing spree -> shopping spree ; weak ; unsafe ; prev: a his her their ; ex: She went on a purchasing spree in Paris.
strike motion -> strike action ; weak ; unsafe ; near: union unions workers staff employees ballot balloted pay walkout ; ex: The union balloted members on strike motion over pay.
excessive winds -> high winds ; weak ; unsafe ; near: storm storms gusts forecasters warning trees bridge closed ; ex: Excessive winds closed the bridge as the storm hit.
weight reduction medication -> weight loss drugs ; weak ; unsafe ; near: wegovy ozempic mounjaro jabs obesity ; ex: Demand for weight reduction medication such as Wegovy soared.
spending overview -> spending review ; weak ; unsafe ; near: chancellor treasury budget departments budgets ; ex: The chancellor set budgets in the spending overview.
DNA proof -> DNA evidence ; weak ; unsafe ; near: police crime court trial jury prosecutors convicted ; ex: Prosecutors said DNA proof linked him to the crime.
forensic proof -> forensic evidence ; weak ; unsafe ; near: police crime court trial jury prosecutors convicted ; ex: Prosecutors said forensic proof linked him to the crime.
fireplace service -> fire service ; weak ; unsafe ; near: firefighters blaze crews engines flames ; ex: The fireplace service sent six crews to the blaze.
broke the regulation -> broke the law ; weak ; unsafe ; near: police court judge prosecutors illegal illegally arrested ; ex: Prosecutors said he broke the regulation and was arrested.
native residents -> local residents ; weak ; unsafe ; near: council councillors mayor planning protest protested objected ; ex: Native residents objected to the council's plan.
gun assault -> gun attack ; weak ; unsafe ; near: gunman killed shot victims ; ex: The gunman killed two in the gun assault.
