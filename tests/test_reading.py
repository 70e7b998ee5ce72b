"""The reading stage on its own: what a question says, before any matching.

Each table is one mechanism (medicines, ages and audiences, spreading, spans of time,
frames, words from elsewhere, other symptoms), written in the shapes real askers use:
brand names, numbers in words, long stories with the question last, title case.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers import TODAY
from hypothesis import given
from hypothesis import strategies as st

from assistant import Assistant, DataError
from assistant.dialogue import State
from assistant.engine import packaged_dir
from assistant.reading import Reading


@pytest.fixture(scope="module")
def bot() -> Assistant:
    return Assistant()


def read(bot: Assistant, question: str, state: State | None = None,
         today: date = TODAY) -> Reading:
    return bot.reader.read(question, state or State(), today)


@pytest.mark.parametrize("question", [
    "started an SSRI last month and now my calf jumps",
    "Is twitching normal on prednisone?",
    "Donepezil And Twitching?",
    "Glaucoma Eye Drops And Eyelid Twitching",
    "her new patch for the dementia started friday and shes been twitching ever since",
    "Nan on gabapentin, legs jerking more",
    "doctor give me new tablet and now leg is jumping",
    "Muscle twitching after chemo, is it the drugs",
    "Atorvastatin And Twitching Calves?",
    "Does Wellbutrin cause twitching",
    "my GP upped my Lexapro to 20mg and since then my thighs flicker",
    "the doctor switched my tablets and my eyelid hasn't stopped since",
    "Concerta plus coffee, eye won't stop twitching",
    "My wife's been twitching since they changed her blood pressure pills",
    "the gp put me on something for my migraines and now my jaw twitches",
    "Twitching Started When I Stopped Xanax",
    "weaning off my benzos and my legs won't stop jumping",
    # contraception, sleep aids, decongestants, painkillers, skin and hair, "bp pills"
    "is the implant making my arm twitch",
    "been on co-codamol for my back and my legs keep jumping",
    "Pseudoephedrine And Eyelid Twitching?",
    "does roaccutane cause twitching",
    "my eye twitches since I started my new bp tablets",
    "my thigh has jumped every night since the doctor upped it to 20mg",
    # a change to one's medicine, told to a twitching assistant with nothing asked
    "My doctor increased my Wellbutrin last week",
    # a painkiller bought over the counter, asked about as the cause
    "could the paracetamol be why my leg's been twitching?",
    "does ibuprofen cause twitching",
    # brands as sold in India, and the patch of hormone replacement
    "taking Telma 40 for BP and my arm is jumping since some days",
    "montair lc legs jerking at night",
    "The Patch And Twitchy Legs: Started Estradot Six Weeks Ago",
    "deroxat 20 and thigh twitches",
    "Zoladex injection and twitchy arms",
    "Started Endep 10mg for nerve pain and now my thighs jerk as I'm dropping off",
    "Controloc Every Morning, Now Eye Twitch",
    "twitching on concor 5mg",
    "medrol pack day 3 twitching",
    "after azee 500 course my hand is twitching",
    "the doctor give me ritalina two month ago and now my eye jump all day",
    "Went from Elvanse 50 to 70 last week and my calves buzz every evening",
    "Taking Pan 40 daily from 2 years, now calf twitching at night",
    "di doctor change mi pressure tablet last month and since den mi foot a jump",
    "Muskelzucken since the pharmacy swapped my Euthyrox brand",
    "Twitching in my cheek. Started right after I finished the course the dentist gave me.",
    "I take pills for blood pressure from doctor and my leg twitches",
    "Ciprobay Course, Now Twitch Near My Achilles",
    "Pantoloc Long Term And Twitching - Need Magnesium?",
    # a medicine suspected of an unnamed "it", with nothing else said: it is the twitch
    "Could It Be The New Tablets?",
    "could the pills be doing it",
    "are my meds doing this?",
    "is it my inhaler?",
    "started new tablets, could that be it",
    # a medicine named by what it treats, suspected, then pointed at again
    "Could it be the new blood pressure pills? Started them a fortnight ago.",
    # ... or told, then asked whether it matters
    "I'm on sertraline btw, started the meds two weeks ago. Does that change anything?",
    # ... or whether it is the cause, in a sentence of its own
    "The doc upped the dose of my antidepressant last month. Could that be it?",
    # ... with what it is for said after it
    "I'm on water pills for my blood pressure btw. Does that matter?",
    # ... or whether to stop it, with nothing else said
    "Should I just stop my blood pressure tablets then?",
    # a medicine of one's own weighed, after 'or', against a nutrient named before it
    "Zinc-magnesium combo, or check my new antidepressant?",
    "low potassium or the new tablets?",
    # a contraceptive injection; a vitamin injected is a prescribed treatment
    "New Contraceptive Injection, Now Twitchy, Need Potassium?",
    # a tablet from the chemist is a medicine; a nutrient's the doctor gave is one too
    "the tablet from the chemist is making my eye twitch",
    "I've taken the calcium and vitamin D tablet the doctor gave me for years and my calves "
    "twitch most evenings",
    "B12 Jabs Started, Twitching Worse, More Eggs?",
    "hubby started on tamsulosin for his prostate and his legs are jumping at night",
    # pills counted between who takes them and them
    "My mum (80) is on nine different pills and now twitching loads, which one is it",
    "my mum is on lots of tablets and now she twitches, could it be one of them",
    # a medicine named by a generic word, suspected beside a twitch
    "my legs are twitching, is that the jab",
    "my eyelid twitches, could it be the tablets",
    # ... or by a word that stands for the generic word said just before it
    "What tablets can cause twitching? Mum started three new ones at once",
    "which pills make you twitch, I just started two new ones",
    "Started a new med last week and now my fingers twitch",
])
def test_a_medicine_that_may_cause_the_twitch_is_a_sign(bot: Assistant, question: str) -> None:
    assert "medicine" in read(bot, question).signs


@pytest.mark.parametrize("question", [
    "My dad's on a statin and wants to eat more potassium, which foods should he go for?",
    "My GP offered me sertraline but I decided not to take it. Can anxiety make my eye twitch?",
    "my flatmate is on Adderall and I just drink coffee, my eyelid twitches, is it the coffee",
    "taking magnesium tablets for my eye twitch, whats the most i should take",
    "Grandad's on blood thinners so I do his shopping now, which foods are good for magnesium?",
    "The doctor has me on vitamin D tablets. What does vitamin D do for muscles?",
    # a medicine weighed as a treatment, not as one taken
    "magnesium or sertraline for anxiety, which is better?",
    # a nutrient's tablet bought from a chemist is a supplement
    "Mum takes a vitamin D tablet from the chemist, 400 IU, and her thumb twitches. Enough?",
    # a medicine for a condition from elsewhere, with no twitch said, is that condition's
    "I've had restless legs for years and my GP started me on ropinirole. What dose do "
    "people end up on?",
    # a medicine of one's own with no twitch said: a question about the medicine
    "I'm on warfarin, how much kale can I eat",
    "is it ok to have a glass of wine on antibiotics",
    "I'm on ramipril, are bananas too much potassium for me?",
    # ... or one only told of, with no change and nothing asked, or in a request
    "i take sertraline",
    "Set a reminder to take my pill at 9pm",
    # ... or one only told of, taken for something else
    "twitchy face and a headache that won't go even with paracetamol, 4 days now",
    "He takes nothing except the odd ibuprofen. What could be causing his twitching?",
    # a job that shares a remedy's name
    "i'm a newly qualified night nurse so my sleep is all over the place, legs twitch",
    # something put on that is no medicine
    "My coach has me on plain water only and I've noticed my lats twitch",
    "my daughter has put me on a health kick and my eyelid flickers",
    # a course that no one gave
    "my course starts in september and my eyelid twitches",
    # "it" beside a medicine, but what is asked or told is something else
    "Grapefruit juice and statins, is it really a problem?",
    "is it ok to take sertraline with magnesium",
    "is it true that statins lower cholesterol",
    "could it be the sertraline, my hair is falling out",
    "could it be the new tablets making me sleepy",
    "my mate takes a 600mg magnesium tablet nightly and says it sorted his twitches. is that "
    "dose ok",
    # a food called one
    "my calf twitches. my partner joked I should switch to dark chocolate for the magnesium "
    "and call it medicine",
    # a mineral from elsewhere, prescribed
    "the GP put me on iron tablets and my eyelid twitches",
    # taken long ago: in a year two or more back, as a child
    "My GP took me off simvastatin back in 2019 and I've taken nothing since. My eyelid "
    "twitches since Saturday",
    "I was on Ritalin from age 12 to 18 and I'm 31 now. This week my thigh has been twitching",
    "I'm on water pills for my blood pressure, what foods have potassium",
    "started me on ropinirole for restless legs, what dose",
    "when should I stop taking magnesium",
    "I take lots of magnesium pills, what foods have it",
    "my eyelid twitches, could it be the magnesium tablets",
    # "ones" far from any pill word stands for something else
    "I'm in med school and my eye twitches",
    "I take an electrolyte tablet after every run and my calves still twitch at night, I "
    "thought my trainers were worn out so last week I bought some new ones",
])
def test_someone_elses_medicine_or_a_supplement_is_no_sign(bot: Assistant, question: str) -> None:
    reading = read(bot, question)
    assert "medicine" not in reading.signs
    assert "weakness" not in reading.signs  # "blood thinners" is no muscle grown thinner


def test_a_medicine_under_discussion_makes_stopping_it_a_sign(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("my GP changed one of my tablets last month and the twitching started")
    assert "medicine" in read(bot, "should i just stop taking the new one then",
                              conversation.state).signs
    assert "medicine" not in read(bot, "should i just stop taking the new one then").signs


@pytest.mark.parametrize("question, age, audience", [
    ("I'm forty-two, how much magnesium do I need", 42, None),
    ("my son, who is 40, gets a twitchy eyelid, what helps", 40, None),
    ("my son-in-law (35) says his eyelid flickers when he's stressed", 35, None),
    ("my niece, she's six, her eye keeps twitching", 6, "children"),
    ("my 7yo keeps getting a jumpy leg at night", 7, "children"),
    ("twenty years of twitching calves, what helps", None, None),
    ("how much vitamin d do i need at 74", 74, None),
    ("lithium 2 yrs, hand twitching getting worse", None, None),  # how long, not an age
    ("my son 7 yrs has an eye twitch", 7, "children"),
    ("34 yrs, female, eyelid twitch", 34, None),
    ("calcium at 60?", 60, None),
    ("i go to bed at 11 and my calf twitches all night", None, None),  # an hour, not an age
    ("my eye started twitching at 30 minutes past ten", None, None),
    ("My grandson is four and we noticed his eyelid twitching while he watched cartoons", 4,
     "children"),
    # "i am a 70 year old..." is the asker's own age: the daughter who got them reading is
    # grown, and what is asked is the asker's
    ("I'm a 70-year-old widower. My daughter has got me reading about vitamins and I'd like "
     "to know how much calcium I should have", 70, None),
    # an amount drunk is no age
    ("Is 2 litres of water a day enough to stop twitching?", None, None),
    ("my son is 2 and his eye twitches", 2, "children"),
    # a pregnancy ruled out
    ("Negative pregnancy test, phew. Eyelid twitching all week though. Stress?", None, None),
])
def test_ages_in_digits_and_words_and_whose_they_are(bot: Assistant, question: str,
                                                     age: int | None,
                                                     audience: str | None) -> None:
    reading = read(bot, question)
    assert reading.person.age == age
    assert reading.audience == audience


@pytest.mark.parametrize("question, audience", [
    # a teacher's pupils by their school year are children; students at university are not
    ("One of my Year 9 students says her hand twitches in exams. What should I tell her?",
     "children"),
    ("One of my students at uni says her hand twitches in exams. What should I tell her?",
     None),
    ("Our mare is twenty-two and her muscles quiver after a ride, what should she eat?",
     "animals"),
    ("My 9yo's eye keeps twitching, should I be worried?", "children"),
    ("is 2.5g a day too much calcium", None),  # an amount with a decimal point, not an age
    ("twitching under my eye since before the kids went back to school", None),
    ("My husband is 64 and walks the dog for an hour every morning. He has had a twitch in "
     "his right shoulder for weeks.", None),
    ("the puppy's back leg twitches when he sleeps, is he low on something", "animals"),
    ("our gelding has a twitchy shoulder, is it magnesium", "animals"),
    # what the asker has read of twitching is not their own twitch
    ("My son is eight and his eyelid has been flickering all week. I've read that twitching "
     "can come from low magnesium. Should I give him a vitamin?", "children"),
    ("I'm 30 weeks pregnant and my calf twitches at night", "pregnancy"),
    ("I have a 12 year old gelding and I've noticed twitching in his flank after rides, does "
     "he need electrolytes?", "animals"),  # what the asker sees is not their own twitch
    ("I'm 39 and my eye started twitching the week the kids went back after half term", None),
    # the asker acting for the one named after them: their twitch
    ("my 6 year old's eye keeps twitching what can i give him", "children"),
    ("I'm 37, mum to a six year old and a baby, and my eyelid has been twitching since "
     "yesterday. Is lack of sleep a cause?", None),
    ("I'm 49 and a carpenter. My son says I should get my twitching thumb looked at, could "
     "it be from the hammering?", None),
    # someone else's pregnancy beside the asker's own twitch is not the asker's
    ("my partner is 28 weeks pregnant and I'm not sleeping, and my own eyelid keeps going",
     None),
    ("my pregnant girlfriend keeps me up all night and now my calf twitches", None),
    ("my wife is pregnant and her legs twitch at night", "pregnancy"),
    ("Partner's pregnant with our second and my eye has twitched for a couple of days", None),
    ("my sister's pregnant and her calf twitches", "pregnancy"),
    # what follows the asker's own words is the asker's, not the pet's
    ("my cat has woken me up at 4am all week and now my eyelid wont stop twitching", None),
    ("my cat has a twitchy tail and i worry", "animals"),
    ("pregnant mum here and my eyelid twitches", "pregnancy"),
    # "weeks along" is a pregnancy after a number only
    ("im twenty weeks along and my calves twitch", "pregnancy"),
    ("my toes have been numb for a few weeks along with my calf twitching", None),
    # an asker who says they are under 18
    ("im 16 and my leg twitches after football", "children"),
    ("I am fifteen, why does my eye twitch", "children"),
    ("15 here, my eye wont stop twitching in class", "children"),
    ("45 here and my calf twitches, how much magnesium", None),
    ("16F calf jumping after netball, normal?", "children"),  # age and sex shorthand
    ("m 17 eye twitch since exams", "children"),
    ("34F eyelid twitching all week, stress?", None),
    # a relation's twitch beside a pet is the relation's, not the pet's
    ("my husband's eyelid jumps since his night shifts, the neighbours' dog keeps him up",
     None),
    ("I am 5 ft 2 and my calf twitches", None),
    ("my bearded dragon keeps twitching", "animals"),
    # an animal named by the work it does
    ("my sheepdog twitches in her sleep is that ok", "animals"),
    ("the old racehorse at the yard has a twitchy flank", "animals"),
    # what a child tells of the asker's body is the asker's
    ("My daughter reckons my left foot drags and my calf twitches. I'm 61. Low potassium?",
     None),
    ("my son says his leg twitches at night", "children"),
    ("two weeks postpartum and my legs twitch at night", "pregnancy"),
    # children in dialect and in months, a pregnancy told by the week and the child
    ("me wee one's eye keeps twitching. she's six", "children"),
    ("8 month old jerking arms a lot", "children"),
    ("New mum to a 3 month old, a twitch in my neck for four days", None),
    ("the missus is expecting and her eyelid's been twitching all week", "pregnancy"),
    ("Hi, I'm 30 weeks with my second and my calves twitch at night", "pregnancy"),
    ("our week old calf on the smallholding won't take the bottle", "animals"),
    # a state that is over
    ("I'm breastfeeding, no wait, I stopped breastfeeding 2 months ago. My calves twitch",
     None),
    ("stopped breastfeeding my first and now pregnant again, calf twitches", "pregnancy"),
    # a child of a child's age asked of as 'she' after the asker's own twitch is the subject
    ("I get a twitchy calf myself now and then. The real reason I'm asking is my daughter, "
     "she's 11 and gets calf cramps in bed. What should she be eating?", "children"),
    ("my calf twitches and my son is 9, what should I eat", None),
    ("Teenage Daughter Gone Vegan, Does She Need B12 Tablets?", "children"),
    ("Our daughter's gone vegan. Where does she get her B12 from now?", None),
    # ... not a pet's home, a child awaited, nor one said to be well
    ("Cleaning out the rabbit hutch and got a cramp in my hand. Do I need more magnesium?",
     None),
    ("My wife is 30 weeks pregnant with our first. My left eye has been twitching for five "
     "days. She's fine and so is the baby, it's me with the twitch. Is this just stress "
     "from getting ready for the baby?", None),
    ("the baby is fine but her arm twitches in her sleep, normal?", "children"),
    # a headline's relation, its "my" left out, is someone else's pregnancy
    ("Wife Is Pregnant And My Eyelid Twitches From Stress", None),
    ("Partner pregnant, my calf twitches at night, what foods help", None),
    ("Pregnant and my eyelid twitches, magnesium ok?", "pregnancy"),
])
def test_the_audience_is_who_the_question_is_about(bot: Assistant, question: str,
                                                   audience: str | None) -> None:
    assert read(bot, question).audience == audience


@pytest.mark.parametrize("question, spreading", [
    ("Twitching head to toe, every muscle it feels like, what is happening?", True),
    ("my quad twitches now and then, just the odd flicker in that one thigh", False),
    ("The twitching in my face is now on one whole side and my mouth pulls", True),
    # a word of spreading far from the second place is not said of it
    ("My eyelid started twitching on Friday after a deadline. I've had five coffees a day this "
     "week. It's only the left eye and it comes and goes.", False),
    ("Both eyelids and now my cheek twitching", True),
    ("Twitches jumping about from muscle to muscle, never the same place twice", True),
    ("twitching started in my calf and now my arm has started too", True),
    # a place told as one more ("as well", "too", "now in"): the twitch has moved on
    ("today it's in my cheek and my lip as well", True),
    ("Twitch went from my eye to my lip and cheek", True),
    ("it started in my right bicep, now it's in my left bicep instead", True),
    ("my eyelid first, then my cheek started", True),
    ("I noticed the twitch in my left eyelid first at synagogue", False),
    ("Now it's my cheek and lip as well, not just the eye", True),
    ("Now it's MY eyelid that won't stop jumping, the baby is fine", False),
    ("now its in my calf too", True),
    ("its also in my thigh", True),
    ("i have stress in my life as well", False),
    ("my calf twitches and i get cramp in it too", False),
    ("my left eyelid keeps twitching, what causes it", False),
    ("calf twitch started when the clocks went back in october, its nearly christmas", False),
    # a word of spreading in another sentence is not said of the new place
    ("Since then my left glute keeps twitching on and off, two days now. Legs feel fine "
     "otherwise", False),
])
def test_a_twitch_that_moves_is_spreading(bot: Assistant, question: str,
                                          spreading: bool) -> None:
    assert ("spreading" in read(bot, question).signs) is spreading


@pytest.mark.parametrize("question, places", [
    ("twitching in my feet and my hands", True),
    ("twitching in my calf and my shoulder", True),
    # a body part in a phrase that names no place
    ("Calf jumping tonight after a twelve hour shift on my feet", False),
    ("my calf twitches, should i keep an eye on it", False),
    ("thigh twitching, on the other hand my diet is good", False),
    ("calf twitching, can you give me a hand", False),
    ("boss breathing down my neck and a twitch under my ribs", False),
    ("calves twitch after work. which minerals do i sweat out and how do i put them back",
     False),
    ("my traps and my calves twitch after heavy pulls", True),  # gym names for muscles
    ("my eyelid twitches, should i cut back on coffee", False),  # 'back' after 'cut'
    # body parts said only to be fine
    ("arms and legs are fine, it's only my eyelid twitching", False),
    ("my hands ok, just the eyelid twitching", False),
    ("my hand twitches, my legs are fine, and my calf twitches at night", True),
    ("my eyelid has a little flicker. otherwise grand, legs feel strong", False),
    ("eye twitching this week but arms and legs seem fine", False),
    # a part of a pair, and a clause that only says both
    ("Thighs rippling when I lie down at night. Both of them. Low potassium?", True),
    ("my calves jump after a shift, both of em", True),
    ("my calf jumps after a shift, the left one", False),
    ("both of them. eyelid twitching since monday", False),  # no part of a pair
    ("Glutes And Hamstrings Jumping After Leg Day", True),  # the hips apart from the legs
    # one part on both sides is two places; a side said to be fine, or no one's, is not
    ("my right calf and my left calf both twitch at night", True),
    ("my right bicep twitched for a week, now my left bicep does it instead", True),
    ("the twitch moved from my right bicep to my left one", True),
    ("my left eyelid twitches, my right eyelid is fine", False),
    ("my left eyelid twitches, the right one is fine", False),
    ("gran says when your right eye jumps visitors come, and the left eye bad news", False),
    # a part that only says where on another the twitch is, or someone else's beside one's
    # own, is no second place
    ("twitch in my right arm, up near the shoulder", False),
    ("twitch in the web of my right hand between the thumb and first finger", False),
    ("twitch in my calf and near my eye", True),
    ("my husband's knees aren't good. my left foot has a twitch", False),
    ("my husband's calf and his arm both twitch", True),
    ("Twitches Jumping Between Leg And Arm?", True),
    # a part named for another complaint is no place the twitch is in
    ("my calf twitches and my back hurts", False),
    ("I have a twitch in my right arm. I do not drink milk, it makes my stomach bad", False),
    ("my calf twitches and my twitchy back hurts", True),
    # a title and a nag are no head or back; a campus's lawn no thigh
    ("Head of department is on my back all week and my eye won't stop twitching", False),
    ("I walk around the quad and my eyelid twitch stops", False),
    ("twitching in my eyelid and my back", True),
])
def test_twitches_in_two_places_are_a_sign(bot: Assistant, question: str,
                                           places: bool) -> None:
    assert ("places" in read(bot, question).signs) is places


@pytest.mark.parametrize("question, today, lasting", [
    ("calf has twitched since the clocks went back", date(2026, 12, 1), True),
    ("calf has twitched since the clocks went back", date(2026, 11, 1), False),
    ("my eyelid has been twitching most of this year", date(2026, 12, 1), True),
    ("thumb twitching since the summer", date(2026, 12, 1), True),
    ("thumb twitching since the summer", date(2026, 6, 25), False),
    ("my eye has been twitching for a year and a half", date(2026, 12, 1), True),
    ("eyelid twitching for three days now", date(2026, 12, 1), False),
    ("I went vegan three years ago. My eye twitches, is it b12?", date(2026, 12, 1), False),
    # words that narrow the day between "since" and it
    ("My calf has twitched since mid-September", date(2026, 12, 1), True),
    ("Twitch under my eye since my birthday in August", date(2026, 12, 1), True),
    ("eyelid twitching since around the end of November", date(2026, 12, 1), False),
    # a rough count, and how far along
    ("Eye twitch for twenty-something days straight", date(2026, 12, 1), True),
    ("thumb twitching nonstop for a month+", date(2026, 12, 1), True),
    ("Wife's eyelid and mouth corner twitch together, been weeks", date(2026, 12, 1), True),
    ("twitch in the arch of my foot for hours. 3rd week now", date(2026, 12, 1), True),
    ("thumb jumping for 10 odd days", date(2026, 12, 1), False),
    ("Day 19 of this eyelid twitch. GP or wait?", date(2026, 12, 1), True),
    ("week 3 of my calf twitching", date(2026, 12, 1), True),
    ("day 4 of the eyelid thing", date(2026, 12, 1), False),
    ("twitching in my thigh since we got back off holiday in october", date(2026, 12, 1), True),
    ("flicker in my eyebrow every day since the 2nd of november", date(2026, 12, 1), True),
    ("eye twitching since before the kids went back to school", date(2026, 12, 1), True),
    ("Month-Long Eyelid Flutter, When Does It Quit?", date(2026, 12, 1), True),
    # a twitch that "never left" is measured from the day its story names
    ("my eyelid went when work got crazy at the end of August and it never went away",
     date(2026, 12, 1), True),
    # events of the year people date things by, and the years themselves
    ("lip twitching since the start of the school year", date(2026, 12, 1), True),
    ("my eyelid has been at it since the world cup", date(2026, 12, 1), True),
    ("calf twitch ever since freshers, still there", date(2026, 12, 1), True),
    ("eyelid flickering since freshers", date(2026, 9, 25), False),
    ("Thumb Twitching For Most Of 2025", date(2026, 12, 1), True),
    ("my shoulder has twitched since 2026 started", date(2026, 12, 1), True),
    ("my shoulder has twitched since 2026 started", date(2026, 1, 5), False),
    ("i take 2000 iu of d and my eyelid twitches", date(2026, 12, 1), False),
    ("a good chunk of this year my eyebrow has been jumping", date(2026, 12, 1), True),
    # a time within the year is no day it began
    ("My eyelid's been flickering since Friday, busiest week of the year at work",
     date(2026, 12, 6), False),
    ("calf twitching since the start of the year", date(2026, 12, 6), True),
    # a span starts in its day's clause when that clause tells someone doing something
    ("I eat soup from a can. My doctor saw me in October and all was fine. This week my "
     "calf has twitched in the evenings", date(2026, 12, 6), False),
    ("Calf twitching from, I think, October", date(2026, 12, 6), True),
    ("thumb twitching since my birthday, which was the 2nd of November", date(2026, 12, 6),
     True),
    # a short span of something else is not how long the twitch has gone on
    ("Since the 20th the muscle under my left eye has been twitching non stop. I tried "
     "cutting out coffee for the last five days and it's made zero difference.",
     date(2026, 12, 6), True),
    # "last" before a day of the year that came days ago: the year before it
    ("Eyelid Twitching Since Last Thanksgiving", date(2026, 12, 2), True),
    ("Eyelid Twitching Since Thanksgiving", date(2026, 12, 2), False),
    # a story still going, in more words: measured from the day it names
    ("moved house in the spring and my calf has done little jerks since around then",
     date(2026, 12, 1), True),
    ("new manager in september, my eye started flickering and it has carried on",
     date(2026, 12, 1), True),
    ("began during lent and never really went away, my eyelid", date(2026, 12, 1), True),
    # a day of the month alone is the last time it came
    ("thumb twitching since the 12th", date(2026, 12, 2), True),
    ("thumb twitching since the 12th", date(2026, 12, 20), False),
    ("thumb twitching since the 28th", date(2026, 12, 2), False),
    # a span with no count is the twitch's after a word of it or of nothing else
    ("my eye has twitched on and off for years", date(2026, 12, 1), True),
    ("calf twitching, been going for weeks", date(2026, 12, 1), True),
    ("been on night shifts for months, eyelid twitching since the weekend",
     date(2026, 12, 1), False),
    ("had a retainer for 2 years and now my jaw has been twitching since sunday",
     date(2026, 12, 1), False),
    ("for 3 weeks my eye has twitched", date(2026, 12, 1), True),
    ("my eye has twitched for 2.5 weeks", date(2026, 12, 1), True),  # a decimal, not "5 weeks"
    ("thumb twitching for 1.5 weeks, normal?", date(2026, 12, 1), False),
    ("I take magnesium once a day 20 minutes before bed and my eyelid twitches",
     date(2026, 12, 1), False),
    # a clause that is only a duration is the twitch's
    ("Constant twitching in thigh, going on two months", date(2026, 12, 1), True),
    # a span that is what its clause tells of is a time of life
    ("Since yesterday afternoon my left upper eyelid has been flickering. The last couple of "
     "weeks have been stressful, a house sale falling through", date(2026, 12, 1), False),
    ("calf twitching, the last couple of weeks have been awful with it", date(2026, 12, 1),
     True),
    # the twitch's age; a baby's age is no span
    ("Does Magnesium Oil Work On A Month-Old Twitch?", date(2026, 12, 1), True),
    ("my 9 month old twitches in her sleep, is that normal", date(2026, 12, 1), False),
    # a year that dates a medicine stopped is not when the twitch began
    ("Stopped omeprazole back in 2018. Eyelid flickering since yesterday, what foods help?",
     date(2026, 12, 1), False),
    ("Twitching On And Off For Most Of 2026", date(2026, 12, 1), True),
    # a day of the year narrowed to a week of it, after an event
    ("Since I came back off leave in the first week of November my right calf does this "
     "rippling thing", date(2026, 12, 3), True),
    ("Since I came back off leave in the last week of November my right calf does this "
     "rippling thing", date(2026, 12, 3), False),
    ("eyelid flickering. 3 weeks and counting", date(2026, 12, 1), True),
    ("eye twitching. 3 days now", date(2026, 12, 1), False),
    ("my eye twitches. I have been vegan for 3 years", date(2026, 12, 1), False),
    # after a twitch since an event, the time since the event
    ("Why do my muscles twitch since I stopped drinking? Three weeks sober now.",
     date(2026, 12, 1), True),
    ("calf jumping ever since i started the new job, that was a month ago", date(2026, 12, 1),
     True),
    ("my eye has twitched for 3 days. I quit coffee 3 weeks ago", date(2026, 12, 1), False),
    # two days of the year tell how long only from where a span starts
    ("my calf twitch started in August, its November now", date(2026, 12, 1), True),
    ("my calves twitch most evenings, even in November. I want it sorted before the summer",
     date(2026, 12, 1), False),
    # a "since" that names a time, not an event: the time since another event is not the
    # twitch's
    ("I started intermittent fasting two weeks ago, since last weekend my calves twitch",
     date(2026, 12, 1), False),
    ("calf jumping since monday. started a new job three weeks ago", date(2026, 12, 1), False),
    # another event's span, then the twitch given a span of its own; or dated from it
    ("I started a new job three months ago and for the last few days my eyelid twitches",
     date(2026, 12, 1), False),
    ("went plant based about eight months ago and the last few days my forearm twitches",
     date(2026, 12, 1), False),
    ("The GP put me on new tablets three weeks ago and since then my legs twitch",
     date(2026, 12, 1), True),
    ("About three weeks ago I got a twitch in my right calf", date(2026, 12, 1), True),
    # a span of something else; of the twitch, or of a part doing it
    ("Retired from 31 years of teaching and my calf twitches, how much calcium",
     date(2026, 12, 1), False),
    ("about twenty days of my upper arm doing this flickery thing", date(2026, 12, 1), True),
    ("twenty years of twitching in my calf", date(2026, 12, 1), True),
    ("twenty years of on and off twitching, I'm 47 now", date(2026, 12, 1), True),
    # a short count of days said of the twitch is how long, whatever day is named beside
    ("My eyelid is jumping since four days only, I think maybe from Diwali rush",
     date(2026, 12, 1), False),
    ("health kick in the autumn. Now my leg's been twitching for 3 days", date(2026, 12, 1),
     False),
    ("some days it's a few flickers under my eye, since september", date(2026, 12, 1), True),
    ("my calf twitches since the wedding, that was a month ago", date(2026, 12, 1), True),
    # the day of a diet, a fast or a plan is not the twitch's
    ("Carnivore Day 40, Forearm Twitch: Am I Missing Magnesium?", date(2026, 12, 1), False),
    ("keto diet, day 40. my calf has twitched since friday", date(2026, 12, 1), False),
    ("day 20 of ramadan and my eyelid twitches", date(2026, 12, 1), False),
    ("calf twitching. day 19 now", date(2026, 12, 1), True),
    # a word between the count and its unit leaves the count standing
    ("My thumb has been jumping for a good month now", date(2026, 12, 1), True),
    ("calf twitching for two solid weeks", date(2026, 12, 1), True),
    ("it was a long day and my eyelid twitches", date(2026, 12, 1), False),
    # a span ending in "ago" tells when the twitch began only beside it
    ("I went vegan a few months ago. My eye twitches, is it b12?", date(2026, 12, 1), False),
    ("my eye started twitching a few months ago", date(2026, 12, 1), True),
    # days of the year people count from
    ("Eyelid twitching since half term. Still going.", date(2026, 12, 1), True),
    ("Stomach muscles twitching since the week before Guy Fawkes.", date(2026, 12, 1), True),
    ("been twitching since Thanksgiving weekend", date(2026, 12, 1), False),
    # a day named in the story of a twitch that is still going is when it began
    ("Went out for my birthday in September and woke up with a twitching thigh. I blamed the "
     "hangover but it's still twitching most days", date(2026, 12, 1), True),
    ("my eye twitched on thanksgiving and it is still going", date(2026, 12, 1), False),
    ("Forearm Twitching Since Canadian Thanksgiving", date(2026, 12, 3), True),
    ("twitching in calf since All Saints day, every day", date(2026, 12, 3), True),
    ("foot's been twitchin since Melbourne Cup day", date(2026, 12, 3), True),
    # winter begins with December, as the weather's seasons count it
    ("my calf has twitched on and off this winter", date(2026, 12, 3), False),
    ("my calf has twitched since last winter", date(2026, 12, 3), True),
    # "fall" is a season only when no one's: someone's fall is a tumble
    ("my calf has been twitching since the fall", date(2026, 12, 1), True),
    ("my arm has been twitching since my fall last week", date(2026, 12, 1), False),
    ("Twitchy Leg Since Dad's Fall On Monday", date(2026, 12, 1), False),
    ("my legs twitch when i fall asleep and it is still going", date(2026, 12, 1), False),
    # a month's day said beside it: "since 25th nov" on 3 December is eight days
    ("twitch in my cheek since my birthday (20th nov). magnesium or b12?", date(2026, 12, 3),
     False),
    ("eyelid twitching since nov 25", date(2026, 12, 3), False),
    ("my calf has twitched since the 3rd of november", date(2026, 12, 3), True),
    ("thigh twitching since 18th nov", date(2026, 12, 3), True),
    # a time of life described is the story's; a twitch begun this week is short
    ("We've had a mad few months with the Christmas orders. Five days ago my left eyelid "
     "started flickering.", date(2026, 12, 3), False),
    ("my eyelid has twitched for a good few weeks", date(2026, 12, 3), True),
    ("I've been sleeping badly since about half term. On Sunday I noticed a twitch in my "
     "thumb.", date(2026, 12, 3), False),
    ("eyelid twitching since halloween, worse on sunday", date(2026, 12, 3), True),
    ("The arch of my right foot has been twitching since about the 12th", date(2026, 12, 3),
     True),
    ("Twitch Under My Eye Since Movember Started", date(2026, 12, 3), True),
    ("my eyelid twitch is 3 weeks old, is that bad", date(2026, 12, 3), True),
    ("six week old eyelid twitch, should I worry", date(2026, 12, 3), True),
    ("41 years old eyelid twitching why", date(2026, 12, 3), False),
    # a short span told as "three or four days" outweighs a month named for something else
    ("moved to Dubai in October and it is still 28 degrees. For the last three or four days "
     "my left calf flickers", date(2026, 12, 3), False),
    ("my calf has twitched for the last two or three weeks", date(2026, 12, 3), True),
    # a span that opens its clause times the twitch joined to it, not one told as new
    ("Every morning for about a month I wake with a headache and my jaw muscle is twitching",
     date(2026, 12, 3), True),
    ("every day for years I've eaten spinach and now my eye twitches", date(2026, 12, 3),
     False),
    # ... but not a pause: it stops for a day and comes back
    ("Since beginning of October I have this twitching in right calf. Sometimes stops for one "
     "day and then come back", date(2026, 12, 3), True),
    ("I had a small twitch at the side of my mouth for two or three days last week which has "
     "gone now, and it's been cold since October", date(2026, 12, 3), False),
    ("my eyelid is 3 weeks old now honestly", date(2026, 12, 3), True),
    ("Since last harmattan my eye dey jump on and off", date(2026, 12, 3), True),
    # a date in numbers, either way round; of two readings, the longer
    ("arch of foot twitching since 14/11", date(2026, 12, 3), True),
    ("eyelid twitching since 28/11", date(2026, 12, 3), False),
    ("Since Singles' Day 11.11 My Eyelid Hasn't Stopped", date(2026, 12, 3), True),
    # a day named in a story of a twitch still going is when it began
    ("Turned 50 in October, and my calf started twitching the week of the party and hasn't "
     "really stopped since", date(2026, 12, 3), True),
    ("my calf has kept twitching every day since the race, and the race was the Sunday "
     "before Halloween", date(2026, 12, 3), True),
    ("my calf has kept twitching every day since the race, and the race was the Sunday "
     "before Halloween", date(2026, 11, 5), False),
    # a name of four words, and days other calendars date things by
    ("my eyelid has twitched since the day of the dead", date(2026, 12, 3), True),
    ("Eyelid jumping since Undas pa", date(2026, 12, 3), True),
    ("Leg twitching ever since the short rains started", date(2026, 12, 3), True),
    ("Eye dancing since Deepavali leh, almost one month already", date(2026, 12, 3), True),
    ("I noticed the twitch in my left eyelid first at synagogue on Rosh Hashanah, back in "
     "September, and it's been with me most days since", date(2026, 12, 3), True),
    # "two" as voice typing hears it
    ("I been having twitches in my eye for to weeks and 3 days now", date(2026, 12, 3), True),
    ("My calf has been twitching since Heritage Day. Is that a problem?", date(2026, 12, 3),
     True),
    # a date put beside the event a twitch is timed from says when it was
    ("since i moved to japan for my year abroad (mid october) my calves twitch every night",
     date(2026, 12, 3), True),
    ("ever since the wedding - last august - my calf twitches, what foods have magnesium",
     date(2026, 12, 3), True),
    ("since i started my new job (late november) my eyelid twitches", date(2026, 12, 3), False),
    ("since my move (the 25th of november) my eyelid twitches", date(2026, 12, 3), False),
    ("since my move (the 2nd of november) my eyelid twitches", date(2026, 12, 3), True),
    ("i got married in october (mid october) and my eyelid has twitched for 3 days",
     date(2026, 12, 3), False),
    # remedies of ours tried in vain tell a trouble still going, twitch named or not
    ("Tried magnesium, potassium AND calcium and nothing has worked since the start of "
     "November, what next", date(2026, 12, 3), True),
    ("been on magnesium since halloween and it hasn't helped at all", date(2026, 12, 3), True),
    ("tried magnesium since monday, nothing has worked yet", date(2026, 12, 3), False),
    ("Tried three banks and nothing has worked since the start of November", date(2026, 12, 3),
     False),
    # "back" as "ago"; a span of another event, with the twitch dated this week
    ("a few weeks back my eyelid started jumping", date(2026, 12, 3), True),
    ("My husband passed a few months back and this week my eyelid keeps jumping",
     date(2026, 12, 3), False),
    ("three months ago I started a new job and this week my eyelid twitches",
     date(2026, 12, 3), False),
    ("3 months ago this twitch started", date(2026, 12, 3), True),
    # the low sun is no Sunday the twitch began on
    ("I started my course at the beginning of September and around the same time my eye "
     "started twitching. It's still doing it. I've started wearing sunglasses because the "
     "low sun seems to set it off", date(2026, 12, 3), True),
    # races and school terms people date things by
    ("Twitching lower lip since the NYC marathon, what should I eat", date(2026, 12, 3), True),
    ("Twitching lower lip since the NYC marathon, what should I eat", date(2026, 11, 5), False),
    ("back in the second week of term my eyelid started fluttering", date(2026, 12, 3), True),
    # the farming and sporting year
    ("Forearm twitching since the harvest, still going. Normal?", date(2026, 12, 4), True),
    ("my calf has twitched since preseason", date(2026, 12, 4), True),
    # what it began just after dates it
    ("the twitching in my forearm started just after my birthday in late August",
     date(2026, 12, 4), True),
    ("it began shortly after the clocks went back", date(2026, 12, 4), True),
    ("my twitch started on the 3rd of November", date(2026, 12, 4), True),
    ("Twitch started early November btw, if that matters.", date(2026, 12, 4), True),
    # when it began, in other words
    ("my eyelid has twitched all through November", date(2026, 12, 4), True),
    ("the twitching came on in late September", date(2026, 12, 4), True),
    ("I first noticed the twitch in October", date(2026, 12, 4), True),
    ("the twitch appeared around bonfire night", date(2026, 12, 4), True),
    # a month that is also a verb, named as a month in a story of a twitch still going
    ("My granddaughter was christened in March and I remember my eyelid jumping in all the "
     "photos. She's taking her first steps now and it's still jumping most days",
     date(2026, 12, 4), True),
    ("my eyelid started twitching in may and it's still at it", date(2026, 5, 10), False),
    ("I march in the parade every year and my calf still twitches after", date(2026, 12, 4),
     False),
    ("the twitch appeared around bonfire night", date(2026, 11, 10), False),
    ("Twitch started early November btw, if that matters.", date(2026, 11, 12), False),
    ("my twitch started on the 3rd of November", date(2026, 11, 10), False),
    ("Thigh twitching that started the week after my birthday, which was the 2nd of "
     "November. Should I keep waiting?", date(2026, 12, 4), True),
    ("it began shortly after the clocks went back", date(2026, 10, 30), False),
    ("I started magnesium after my holiday in August, what foods have it",
     date(2026, 12, 4), False),
    ("we finished the harvest last week and my eye twitches", date(2026, 12, 4), False),
    # a short turn that names nothing but when, asked if that is normal, is the twitch's
    ("Since Bonfire Night, honestly. That's normal though right?", date(2026, 12, 4), True),
    ("since monday, is that normal?", date(2026, 12, 4), False),
    # festivals of more faiths and countries, on this year's day
    ("Eyelid Twitching Since Dussehra", date(2026, 12, 4), True),
    ("Eyelid Twitching Since Dussehra", date(2026, 10, 30), False),
    ("desde Navratri my eyelid twitches", date(2026, 12, 4), True),
    ("my thumb has twitched since Chhath", date(2026, 11, 20), False),
    # a weekday before the day of the month, a fortnight and days
    ("eyelid twitching since Tuesday 10th", date(2026, 12, 4), True),
    ("eyelid twitching since Tuesday 1st", date(2026, 12, 4), False),
    ("Fortnight and three days of calf twitching", date(2026, 12, 4), True),
    # a span reached on a day to come is reached by then, nearly so now
    ("Jumping eyelid. It'll be three weeks on Friday.", date(2026, 12, 4), True),
    ("cheek twitching, a month tomorrow", date(2026, 12, 4), True),
    ("cheek twitching, it'll be five days tomorrow", date(2026, 12, 4), False),
    # months as people shorten them
    ("forearm twitch on n off for a couple of mths", date(2026, 12, 4), True),
    ("forearm twitch since 3 mnths", date(2026, 12, 4), True),
    ("my midwife visit is another fortnight and my calf twitches", date(2026, 12, 4), False),
    ("Since I moved to London in May the tube is so busy, is that normal?", date(2026, 12, 4),
     False),
    # a date written as ISO writes it: the day itself, not the first of its year
    ("My tracking app says the eyelid twitch began 2026-12-02. What could be setting it off?",
     date(2026, 12, 6), False),
    ("eyelid twitch since 2026-11-02", date(2026, 12, 6), True),
    # a day of the month dating the event the twitch began with, or what began
    ("Lip twitch since my wisdom tooth came out on the 13th", date(2026, 12, 6), True),
    ("Lip twitch since my wisdom tooth came out on the 30th", date(2026, 12, 6), False),
    ("my eye twitch started on the 13th", date(2026, 12, 6), True),
    ("I started a new job on the 13th and my eye twitches", date(2026, 12, 6), False),
    # a festival on this year's day
    ("First Ever Eyelid Twitch, Started With Hanukkah", date(2026, 12, 6), False),
    # "back in" a year dates what else was done then, unless the twitch is told with it
    ("I had knee surgery back in 2019. My eyelid's been going since Wednesday",
     date(2026, 12, 6), False),
    ("Back in 2019 my calf started twitching and it never stopped", date(2026, 12, 6), True),
    ("my calf started twitching back in 2025", date(2026, 12, 6), True),
    # a date in numbers with its year
    ("Eye lid twitch since 03.11.2026, every day in the afternoon", date(2026, 12, 6), True),
    ("eyelid twitch since 3/11/2026", date(2026, 12, 6), True),
    ("calf twitching since 30.11.2026, thoughts?", date(2026, 12, 6), False),
    # a clause of a start and a span alone is the twitch's
    ("Twitches in my shoulder, then my chest. Started three weeks back. Should I worry?",
     date(2026, 12, 6), True),
    ("Eyelid twitch. Started ten days back. Normal?", date(2026, 12, 6), False),
    # a day it was only seen, after the day it began
    ("eye twitching, it's been on and off since the 10th of November, I only noticed it "
     "properly on Tuesday", date(2026, 12, 6), True),
    ("sleeping badly since half term. On Sunday I noticed a twitch in my thumb",
     date(2026, 12, 6), False),
])
def test_how_long_is_measured_against_today(bot: Assistant, question: str, today: date,
                                            lasting: bool) -> None:
    assert ("duration" in read(bot, question, today=today).signs) is lasting


@pytest.mark.parametrize("question, symptom", [
    ("Eye Twitching And Double Vision?", True),
    ("my hand twitches and I've had a fever since Tuesday", True),
    ("the twitching started after I knocked my head on a cupboard", True),
    ("Twitching fingers and a sudden terrible headache", True),
    ("Ringing Ears and Face Twitching, Related?", True),
    ("my left eyelid sits lower than the right and it keeps twitching", True),
    # a lid that hangs, an eye that shuts tight with the twitch; not a tired eye, nor
    # eyes shut to sleep
    ("my left eyelid is hanging down a bit and twitching", True),
    ("eyelid twitch, and the lid now hangs lower than the other", True),
    ("my eyelid twitches and the whole eye squeezes shut", True),
    ("the twitch clamps my eye shut tight for a second", True),
    ("my eye twitches, I hung the washing out and my eyes are tired", False),
    ("eye twitching, my eyes were hanging open from tiredness lol", False),
    ("my eyelid twitches and I keep my eyes shut tight when I sleep", False),
    ("tics vs tourettes, whats the difference", False),
    ("had a stomach bug and now my legs twitch, why", False),
    # the twitch pointed at beside the condition
    ("What if I've had a headache with it for a few days as well?", True),
    ("I have a cold, can I take vitamin d with it", False),
    # a movement named as a term compared with a twitch; but a symptom had, or compared
    # beside the asker's own
    ("what's the difference between a twitch and a tremor", False),
    ("twitch vs tremor", False),
    ("is a tremor the same as a twitch", False),
    ("my hand twitches and has a tremor, what's the difference", True),
    ("Difference Between Eye Twitching And Blurred Vision?", True),
    # a walk that will not keep straight, a thirst, hair that sheds, a tiredness that
    # sleep does not mend, a weight lost told in second-language English
    ("Thigh Twitching And Off Balance On The Stairs", True),
    ("keep veering to the left on the pavement and my calf flickers", True),
    ("my legs not stable lately and twitching in both thighs", True),
    ("fell twice on the stairs this week and my foot is twitching", True),
    ("Still parched after two litres of water, arm twitching", True),
    ("hair shedding in the shower and my eyelid jumps", True),
    ("Knackered all the time even though I sleep nine hours, cheek twitches", True),
    ("shattered even after ten hours in bed, lip twitching", True),
    ("I lose 5 kilo since summer, no diet, and my shoulder twitch", True),
    ("both eyes clamp shut on their own and flutter", True),
    # ... and the same words for what is no symptom
    ("thirsty after the run and my calf twitched, electrolytes?", True),
    ("I want to lose 5 kilos, does magnesium help, my eyelid twitches", False),
    ("i was tired after the night shift and my eye twitched", False),
    ("off the coffee since monday and my lip still twitches", False),
    # a temperature of a thing, not of the body; but one's own temperature is a fever
    ("my eyelid twitches, can you give me a granola recipe with the oven temperature?", False),
    ("my calf twitches when the bath temperature is too hot", False),
    ("my eyelid twitches and I've had a high temperature since yesterday", True),
    # puzzled by what one reads is no confusion; a confused mind is
    ("my eyelid twitches. Now I'm confused because I keep reading that spinach is good", False),
    ("my mum is confused and her arm twitches", True),
    # a body running hot, creatures seen that are not there, the shakes; not a machine
    # that overheats, nor sleep long lost
    ("Mate twitching and overheating after pills at party", True),
    ("my laptop keeps overheating and my eye twitches", False),
    ("he's shaking, twitching, sweating and says he can see bugs on the wall", True),
    ("Shakes and twitching two days after quitting drinking", True),
    ("milkshakes and twitching, any link?", False),
    ("sleep is a distant memory and my eyelid twitches, coffee?", False),
    # a condition the twitch comes during is beside it
    ("Twitching during dialysis sessions, every time", True),
])
def test_other_symptoms_beside_a_twitch(bot: Assistant, question: str, symptom: bool) -> None:
    assert ("other_symptoms" in read(bot, question).signs) is symptom


@pytest.mark.parametrize("question, urgent", [
    # a numbness the world brought on, told as passed: a pepper's tingle, a dentist's
    # injection, cold water, an arm slept on
    ("Had a Sichuan hotpot last night and my lips went numb and tingly from the peppercorns, "
     "wore off in twenty minutes lol. My eyelid twitches when I'm run down.", False),
    ("Had a root canal this morning and the left side of my face was numb for about three "
     "hours from the injection. Feeling's back now, but my left eyelid started twitching.",
     False),
    ("Went sea swimming this morning and my fingers went numb from the cold until I warmed "
     "up in the car, totally fine after. This evening my calf has twitched.", False),
    ("Fell asleep on the sofa with my arm under my head and woke up with my hand completely "
     "dead and tingly. It came back in about five minutes. My right eyelid twitches.", False),
    # ... an arm slept on in any words, told a long sentence after the sign
    ("Woke up after nights with my whole left hand numb and tingling and the fingers "
     "clumsy, and in my half-asleep state I convinced myself it was a stroke. I'd slept "
     "with my arm bent right up under my pillow. I sat up, shook it, and within a few "
     "minutes it was back to normal. My eyelid twitches on nights.", False),
    ("fell asleep at my desk with my forearm pressed against the edge of the table and woke "
     "with two fingers tingling and numb, back to normal in fifteen minutes. B12 foods?",
     False),
    # ... a floor sat on, a limb trapped or hooked over while asleep; passed by sorting
    # or clearing itself, or "then gone"
    ("Sat on the kitchen floor sorting the cupboards for an hour and my foot went numb, "
     "totally normal a few minutes later. Night cramp tips?", False),
    ("Dad fell asleep in his chair with his hand trapped under him and it went numb, "
     "sorted itself out after ten minutes. What foods have potassium?", False),
    ("Nodded off with my arm hooked over the back of the sofa, whole arm dead when I woke, "
     "cleared up after a bit of shaking. My thumb twitches now.", False),
    ("Sat cross legged in a meeting, foot went to sleep, pins and needles for a minute "
     "then gone. Calf twitching since, normal?", False),
    # ... a dentist's numbing, a limb leant on; "it passed"
    ("Had a wisdom tooth out yesterday and my lip stayed numb until the evening, fine "
     "since. Eyelid twitching today, B12?", False),
    ("Pins and needles in my hand from leaning on it at my desk, it passed when I shook it. "
     "Foods with magnesium?", False),
    # ... or come back as it was (but a test that came back fine is a result: see below)
    ("Sat cross legged at the school concert, my foot went dead then came back fine. Why "
     "do my toes twitch after?", False),
    ("Slept on my arm funny and it was numb when I woke up but it came back fine, what "
     "drinks have potassium", False),
    ("my lips went numb and tingly an hour ago and my eyelid twitches, my bloods came "
     "back fine last week", True),
    # ... a limb found dead on waking, a bad pillow, a seat on the loo; "now fine"
    ("Slept funny, arm went dead, now fine. Why does my bicep twitch after?", False),
    ("Woke at 4am with my right hand totally numb, rubbish hotel pillow. Shook it and it "
     "came back within a minute. Eyelid twitching today", False),
    ("Leg went numb on the loo again lol, fine now. Calf twitches at night, magnesium?",
     False),
    # ... but not one told back or of a new part after it (see the look-alikes for the
    # same sign pointed back to)
    ("Sat on my foot through the film, pins and needles, gone in a minute. Then the pins "
     "and needles came back this morning and my calf twitches", True),
    ("Sat on my foot through the film, pins and needles, gone in a minute. Now my hand has "
     "suddenly gone numb too and my calf twitches", True),
    # ... but no posture explains a face, a voice or a throat, nor what came on suddenly
    ("slept funny and my face was drooping and my speech slurred, fine now. eyelid "
     "twitching", True),
    ("woke up with my mouth drooping on one side, fine after ten minutes, cheek twitching",
     True),
    ("slept on a new pillow and today I choked on water twice, fine now, neck twitching",
     True),
    ("sat cross legged and suddenly my arm went weak, fine now, thigh twitching", True),
    # ... but not one whose cause is only the asker's guess
    ("my left hand went numb and clumsy for twenty minutes, then it came right. I put that "
     "down to leaning on the handlebars. Twitchy thigh too", True),
    # ... but not a collapse or a limb gone floppy told beside a floor
    ("his arm went weak suddenly and he dropped his mug on the kitchen floor, fine now, "
     "twitching earlier", True),
    # ... a jab in the arm, blood given
    ("I had a dead arm after my flu jab on Tuesday, heavy and I couldn't lift it properly "
     "for a day, and it twitched where they put the needle in. Totally back to normal by "
     "Thursday. What do electrolytes do?", False),
    ("Last week I gave blood and felt faint afterwards, they made me lie down and I was "
     "fine after twenty minutes. The next day my legs twitched. More water?", False),
    # ... but not one with no such cause, nor one that came on suddenly
    ("my lips went numb and tingly an hour ago and my eyelid twitches", True),
    ("my face went numb suddenly and my arm twitches", True),
    # ... nor one whose cause is only supposed, or whose passing is only waited for
    ("his arm felt heavy and he couldn't lift his cup, it lasted a few minutes then went "
     "back to normal. he thinks he slept on it funny. still twitching", True),
    ("Woke up with numbness all down my left side. I assumed I'd slept funny, but it "
     "hasn't gone and my leg is twitching. Can I wait and see if it wears off?", True),
    ("my chin's been twitching, and yesterday my arm went numb for about twenty minutes "
     "when I was driving home. It went back to normal. Probably just from the long "
     "drive?", True),
])
def test_a_numbness_the_world_brought_on_and_that_passed_is_no_emergency(
        bot: Assistant, question: str, urgent: bool) -> None:
    assert ("urgent" in read(bot, question).signs) is urgent


@pytest.mark.parametrize("question, twitch", [
    ("my calf keeps firing at night", True),
    ("muscles buzzing in my arms", True),
    ("my phone keeps buzzing", False),
    ("popping to the shops for bananas", False),
    ("period cramps every month", False),  # a condition from elsewhere
    ("his left thumb keeps flicking on its own", True),
    ("flicking through the channels at night", False),
])
def test_a_word_for_how_a_muscle_moves_beside_a_body_part_is_a_twitch(
        bot: Assistant, question: str, twitch: bool) -> None:
    assert read(bot, question).symptoms is twitch


@pytest.mark.parametrize("question, sign", [
    # one pattern over word classes reaches every form of the idea
    ("Muscle twitching after a fall, hitting my head on the step", "other_symptoms"),
    ("my eyelid started jumping after I banged the back of my head", "other_symptoms"),
    ("calf twitching and I've lost about 6 kilos without dieting", "other_symptoms"),
    ("twitchy thumb, dropped nearly a stone this year and I'm not trying", "other_symptoms"),
    ("Twitching and struggling a bit to swallow my food", "swallowing"),
    ("my arm twitches and I have a hard time trying to open jars", "weakness"),
    ("legs twitching and I tripped over twice this week", "weakness"),
    ("My dad (70) has twitching legs and he's fallen twice this month", "weakness"),
    ("Twitchy forearm, feeble grip on the kettle", "weakness"),
    ("twitching began after a head knock at rugby", "other_symptoms"),
    ("Twitching and my voice keeps going hoarse", "other_symptoms"),
    ("I keep falling asleep on the sofa and my eyelid twitches", None),
    ("My mum (58) has twitching in her tongue and her speech sounds a bit off", "speech"),
    ("jaw twitching and hard to chew food lately", "other_symptoms"),
    ("twitching with muscle pain and dark urine after a hard workout", "other_symptoms"),
    ("Lip twitching and my smile feels uneven", "numbness"),
    ("my tongue twitches and swallowing feels a bit harder lately", "swallowing"),
    ("his shoulder twitches and his arm gets tired really quickly", "weakness"),
    ("my hand doesn't grip the steering wheel as well as it used to", "weakness"),
    ("my calf twitches, I don't grip things any differently than I used to", None),
    ("Twitchy Shoulder, Arm Feels Like A Lead Weight By Evening", "weakness"),
    ("Twitching Toes With A Dead Feeling In The Sole Of My Foot", "numbness"),
    ("both calves AND both thighs twitching at the same time most nights", "spreading"),
    ("the muscles between my ribs twitch and I get puffed out lying flat in bed", "breathing"),
    ("throat twitching, tablets sticking halfway down", "swallowing"),
    ("my dad is 70, his tongue wobbles and hes started coughing when he eats", "swallowing"),
    ("twitchy legs that go stiff as a board when i try to walk", "weakness"),
    ("Muscle Twitches Since Starting The Weekly Jab For My Diabetes", "medicine"),
    ("Does My Cholesterol Tablet Cause Twitching?", "medicine"),
    ("hand twitch, no trouble at all with grip or swallowing", None),
    ("i want to lose weight, which foods have magnesium", None),
    ("trying to lose weight and my eyelid twitches, what should I eat", None),
    ("wife's lip twitching and her words are coming out wrong", "speech"),
    ("eyelid twitching and my sentences come out all jumbled", "speech"),
    ("Muscles Jumping Under My Skin Everywhere", "spreading"),
    ("muscles flickering everywhere, worse at night", "spreading"),
    ("i have been jumping all over the place with joy", None),
    ("Twitching Hand, Is It What Stephen Hawking Had?", "fear"),
    ("Muscle Twitching After A Stroke Scare", "fear"),
    ("Remember the ice bucket challenge? My thigh has twitched for days, is it the gym?", "fear"),
    ("twitch n my arm feels weird n heavy", "weakness"),
    ("the fleshy bit between my thumb and finger seems flatter, and it twitches", "weakness"),
    ("my tongue twitches and feels a bit thick when I talk", "speech"),
    ("eyelid jumping and my mates asked if I was drunk, I've not touched a drop", "speech"),
    ("calves twitching after spin class and my wee looked like cola", "other_symptoms"),
    ("twitchy spot on my forearm and a pea-sized lump under it", "other_symptoms"),
    ("started twitching after a fall down the stairs", "other_symptoms"),
    ("Eye twitching. Also seeing flashes. Normal?", "other_symptoms"),
    ("my whole back twitches, plus tingling", "numbness"),
    ("got absolutely wasted saturday and my leg has been twitchy since", None),
    ("living on coffee and a can of something fizzy, my eyelid flickers", None),
    # a denial stays in its clause, and before the words that turn from it
    ("eye twitch wont stop, also dizzy", "other_symptoms"),
    ("no pain but tingling in my foot and a twitchy calf", "numbness"),
    ("no numbness, no weakness, just my eyelid flickering", None),
    ("I don't feel weak or numb anywhere, my eye just flutters", None),  # a denied list
    ("My Father In Law Twitches In His Sleep And Now During The Day", "worsening"),
    ("my eyelid twitch keeps getting worse and worse", "worsening"),
    ("my eye twitches daily, is it caffeine", None),
    ("My dad is 70, his shoulder twitches and his arm has gotten thin", "weakness"),
    ("read on forums that vegans can get twitchy muscles or tingling, where do I get b12?", None),
    # illnesses misspelled are still feared
    ("lou gherigs or just anxiety? calf jumps all day", "fear"),
    ("parkinsins? my thumb twitches", "fear"),
    # everyday words for a sign
    ("jaw twitching and it takes me ages to swallow my toast", "swallowing"),
    # short messages: strength lost, stairs, food that sticks, a muscle that shrinks
    ("hand twitches and my grip is crap lately", "weakness"),
    ("my arm is twitch and have no power in it, why?", "weakness"),
    ("thigh jumping n stairs r hard now", "weakness"),
    ("my strength is going up and my calves twitch after the gym", None),
    ("walking rugby is harder work than it sounds and my calf twitches", None),
    ("twitch in neck + food gets stuck", "swallowing"),
    ("my tongue is moving alone and to eat is hard", "swallowing"),
    ("muscle in my hand go smaller and twitching", "weakness"),
    ("my car battery keeps going flat overnight", None),
    ("small small jumps in all body, what is this", "spreading"),
    ("twitchy in like 5 diff places rn", "spreading"),
    # a word for how a muscle moves, beside a body part, is a twitch
    ("whole body popping like popcorn at night", "spreading"),
    # a sign said in any tense or number finds the phrase of its base form
    ("leg twitching + knee buckled twice", "weakness"),
    ("leg twitching and stumbling on the stairs", "weakness"),
    ("I stumbled upon a post about eye twitching, what causes it", None),
    ("When Is A Twitch An Emergency?", "worry"),
    ("my foot keeps dragging and my calf twitches", "weakness"),
    ("my leg twitches and it tingled all evening", "numbness"),
    # a function that feels changed, and what a numb part is likened to
    ("Constant twitching in my tongue and my speech feels slower", "speech"),
    ("lip twitching and talking feels a bit odd", "speech"),
    ("My tongue is twitching and swallowing feels weird", "swallowing"),
    ("My hand keeps twitching and feels like cotton wool", "numbness"),
    ("twitchy foot and it feels like it isn't mine", "numbness"),
    ("my leg is jump and feeling sleeping all the time", "numbness"),
    ("my legs twitch when im sleeping", None),
    ("my eye twitches when i feel like a nap", None),
    # a sign's words said only to rule it out
    ("eyelid flickering since sunday, vision is fine, nothing else", None),
    ("my balance is fine, just a calf twitch", None),
    ("my vision is ok but my arm is weak and twitchy", "weakness"),
    ("feels harder to breathe than normal and the muscles round my ribs twitch", "breathing"),
    ("suddenly cant swallow good and my tongue twitch", "swallowing"),
    ("Dad's Lip Twitching And Food Sticking When He Swallows", "swallowing"),
    ("Grandad is 84, twitchy arm, seems muddled this week", "other_symptoms"),
    ("calves twitch and I'm struggling to get up off the floor", "weakness"),
    ("toes feel fuzzy and my foot twitches", "numbness"),
    ("eye twitching and my voice feels weird this morning", "speech"),
    ("my mum's legs twitch and she fell in the garden on sunday", "other_symptoms"),
    ("my mum's legs twitch, fell asleep on the sofa though", None),
    ("heart flutters plus muscle twitches", "other_symptoms"),
    ("my tongue feels thick and my arm twitches", "speech"),
    ("my dad keeps dropping his cup, his hand twitches", "weakness"),
    ("finger tingling and thumb twitch, b12?", "numbness"),
    ("my wife says my right foot slaps down when I walk, and my calf twitches", "weakness"),
    # sensations and signs in more words: a part that goes dead, zaps, burning, trembling
    ("Leg Goes Dead And Jumps At Night", "numbness"),
    ("electric shocks in my foot and my calf twitching", "numbness"),
    ("my fingers tremble and twitch when I hold a pen", "other_symptoms"),
    # a condition said together with a twitch is a symptom beside it, whoever asks
    ("Calf Twitching Since My Hip Replacement", "other_symptoms"),
    ("Perimenopause Eyelid Twitching?", "other_symptoms"),  # the condition names the twitch
    ("period pains cramping my style, tips?", None),
    ("Magnesium For Twitching With Bad Headaches?", "other_symptoms"),
    ("magnesium for migraines, is it worth it", None),
    # our words in another sense, of no body, are no sign
    ("Weak Signal On My Laptop Upstairs, Fix?", None),
    ("my twitch stream upload is weak, is it the router", None),
    # a denial only half meant is no denial
    ("my finger twitches, its not numb exactly, just buzzy", "numbness"),
    ("calf jumping and my toes arent fully numb but close", "numbness"),
    ("no numbness at all, just my eyelid going", None),
    ("calf twitch, nothing hurts or feels weak, too much coffee?", None),
    ("nothing helps and my arm is getting weak, calf twitching", "weakness"),
    # changed functions, dexterity, feet that catch, night sweats, a part that feels dead
    ("ribs twitching and my breathing seems shallow", "breathing"),
    ("leg jumping all week and leg day felt harder than usual", None),
    ("thigh twitching, and walking up stairs felt harder yesterday", "weakness"),
    ("my fingers twitch and i keep fumbling my keys", "weakness"),
    ("calf flickers and my toes keep catching on the carpet", "weakness"),
    ("arm twitches and i wake up soaked in sweat most nights", "other_symptoms"),
    ("my mum's hand twitches and her fingers feel sort of dead", "numbness"),
    ("my dad slurs his words and his arm twitches", "speech"),
    # idioms of waiting, of a dulled feeling, of weak figures, a charity's name
    ("I've got pins and needles waiting for my exam results. Since Sunday my left eyelid "
     "twitches", None),
    ("My inbox is a nightmare and I'm basically numb to it lol. my right eyelid twitches", None),
    ("My boss gave us the 'numbers are weak this quarter' speech. my left eyelid twitches",
     None),
    ("Ran a 10k for our office's MND charity drive on Friday. my calf twitches", None),
    ("my hands have pins and needles and my calf twitches", "numbness"),
    # a part named for a treatment or an injury of it is no second place of a twitch
    ("I had knee surgery last year. My eyelid's been going since Wednesday", None),
    ("I had a jab in my shoulder. My eyelid's been going since Wednesday", None),
    ("my eyelid twitches and now my shoulder too", "spreading"),
    # a jab given once, long ago, is no medicine taken now; one given lately is
    ("had a cortisone jab years ago, eyelid twitching since monday", None),
    ("I had a steroid injection last week and now my eyelid twitches", "medicine"),
    # time wasted is no muscle wasting; a muscle that wastes is
    ("thigh twitches, I'd rather fix the obvious stuff before wasting anyone's time", None),
    ("don't want to be wasting the GP's time with a twitchy eye", None),
    ("my thigh looks like it's wasting and it twitches", "weakness"),
    # handwriting gone messier, an arm that has felt heavy, a mouth that drools on one side
    ("Hand Twitching And My Writing Looks Messier Lately", "weakness"),
    ("Girlfriend's arm twitches and she says it's felt heavy and strange since she woke up",
     "weakness"),
    ("twitching round my mouth and I've drooled a bit on one side a couple of times", "urgent"),
    # no answer when spoken to, lips a bit blue: an emergency told after
    ("a woman on the tram twitching and staring, she didn't respond when I spoke to her",
     "urgent"),
    ("On the train an older woman started twitching in her arms and face and her lips "
     "looked a bit blue", "urgent"),
    # slurring only likened to drink is not explained by it
    ("his words came out slurred for a minute, like he'd had a few pints, and then it went "
     "back to normal", "urgent"),
    # a clearance long past, then something new: a sign now
    ("Neurologist cleared me in 2024. Now my hand is wasting between the thumb and finger.",
     "weakness"),
    ("Had a funny turn in 2015, fainted at a concert. Eyelid twitching since Friday", None),
    # numb about news is no numbness
    ("feeling numb about my exam results lol but my eye won't stop twitching, why?", None),
])
def test_a_phrase_over_word_classes_reaches_every_form(bot: Assistant, question: str,
                                                        sign: str | None) -> None:
    signs = read(bot, question).signs
    assert (sign in signs) if sign else not signs


@pytest.mark.parametrize("question, fear", [
    # an illness we know nothing of, named as what the twitch may be: only a clinician can tell
    ("Could my twitching be myasthenia gravis?", True),
    ("Is muscle twitching a sign of dementia?", True),
    ("is twitching a symptom of diabetes", True),
    ("twitching eyelid, is it a brain aneurysm", True),
    ("worried my twitching means I'm having a stroke", True),
    ("my calf twitches, could it be some kind of polyneuropathy", True),  # by its ending
    # an illness told by what it does, with no name
    ("could twitching be the illness where your nerves lose their coating", True),
    ("can twitching be a disease of the nerves", True),
    ("could twitching be from a lack of sleep", False),
    ("is dark choc actually good for twitching or is that a wellness myth", False),
    ("little twitches in my legs after a stomach bug. is it from drying out", False),
    ("calcium matters for my twitchy leg? why would it, isnt it teeth and bones", False),
    ("what is diabetes", False),  # no twitch: not ours at all
    # an illness before a verb of causing a twitch
    ("Can An Underactive Thyroid Cause Eyelid Twitching?", True),
    ("could lupus make my legs twitch", True),
    ("twitches all over my back and arms, cause for concern?", False),
    # searching online is a worry (care advice leads, then the answer), not a named fear
    ("I've now been googling my twitching calf for an hour. What does potassium do?", False),
    # a cause of everyday life offered, not an illness: it asks about causes
    ("my eye twitches, could it be screen time", False),
    ("eyelid flickering, could it be staring at monitors all day", False),
    # ... but an organ feared is a fear
    ("my chest twitches, could it be my heart", True),
    # a relative's illness is the asker's fear beside a twitch or a worry of theirs
    ("My dad has ALS and my calf twitches. Which foods are good for potassium?", True),
    ("my dad was diagnosed with MND and I'm scared. Foods for magnesium?", True),
    ("my mum has MS and twitching legs, does she need magnesium", True),
    ("My dad had MND. Is twitching a sign of low vitamin D?", True),
    # ... and their story beside a nutrient asked about, with none of those
    ("My grandad was diagnosed with Parkinson's. How much calcium does an adult need?", False),
    ("My mum has MS. Does she need more vitamin D, like the leaflet says?", False),
    ("My grandad had Parkinson's, similar to my uncle. Which foods have potassium?", False),
    # a diagnosis as a headline of its own, no one named: the asker's
    ("MS diagnosis. Is magnesium ok for twitching?", True),
    ("New ALS diagnosis, what foods have magnesium", True),
    ("Dad's MS diagnosis. Which foods have potassium?", False),
    # a fear said before a name's word in a clause of its own, or in the forums' words
    ("petrified it's MND, research I read says twitching alone is rarely it", True),
    ("clinical weakness versus perceived weakness, how can I tell?", True),
    # a documentary or a lecture that started the fear
    ("saw a documentary on ALS last night and now every twitch scares me", True),
])
def test_an_illness_named_as_the_cause_is_a_fear(bot: Assistant, question: str,
                                                  fear: bool) -> None:
    assert ("fear" in read(bot, question).signs) is fear


@pytest.mark.parametrize("question, frame", [
    ("which supermarket has the cheapest oat milk", "shopping"),
    ("Can You Freeze Mushrooms Raw?", "cooking"),
    ("is potassium cyanide ionic or covalent", "chemistry"),
    ("What's the right tyre pressure for a Ford Focus?", "things"),
    ("Play Some Relaxing Music", "media"),
    ("is it safe to buy potassium pills online", ""),
    ("does coffee make your eye twitch", ""),
    ("whats the connection between vit d and calcium levels", ""),
    ("How do I dose a calcium reactor for my reef tank?", "things"),
    ("What's the best medication for my anxiety?", "treatment"),
    ("How do I treat restless legs syndrome?", "treatment"),
    ("How do I get calcium deposits off my shower head", "things"),
    ("how do i treat a twitching eyelid", ""),  # our own subject: what helps
    # a question about the words holds even with our words in it
    ("Translate 'muscle cramp' into Spanish", "language"),
    ("how do you pronounce fasciculation", "language"),
    # Twitch the site and requests to a device hold whatever they name
    ("Is Twitch Down Right Now?", "streaming"),
    ("why does my twitch stream keep buffering", "streaming"),
    ("Set a reminder to take my magnesium at 9pm", "commands"),
    ("how do i unblock my sink", "things"),
    ("Best Blender Under $80", "things"),
    ("gatorade or lucozade, which tastes nicer", "shopping"),
    ("Why Is Magnesium So Reactive?", "chemistry"),
    ("how do i cancel my twitch subscription", "streaming"),
    ("Where's good for twitching in Norfolk this weekend? Reports of waxwings", "birding"),
    ("How much potassium does my tomato plant need", "things"),
    ("plant based magnesium sources", ""),
    ("Best Spinach Dip For A Party", "cooking"),
    # what is asked names nothing: the story is read whole for its frame, unless it names a
    # nutrient
    ("Made banana bread with three ripe bananas, 250g flour and a fan oven at 180 and it came "
     "out gummy. What am I doing wrong?", "cooking"),
    ("thinking of buying calcium tablets, is there a limit on how much", ""),
    ("my eye twitches when I bake all day. What am I doing wrong?", ""),
    ("potassium permanganate for my fish tank, how much", "things"),
    # a price alone gives way to a nutrient named; a shop does not
    ("cheap potassium foods", ""),
    ("what is the price of bananas", "prices"),
    ("whats cheaper for magnesium tablets, costco or amazon", "prices"),
    # a shop gives way to foods asked for a nutrient; a supplement bought holds it
    ("what snacks have magnesium that i can grab from the shop", ""),
    ("what foods with potassium can i buy at the corner shop", ""),
    ("which supermarket sells magnesium tablets", "shopping"),
    # baking, a high-street bakery, the taste of what is bought
    ("Best Dark Chocolate For Brownies", "cooking"),
    ("does Greggs still do the vegan sausage roll", "places"),
    ("Which decaf coffee beans taste the best? Ordering online this week.", "shopping"),
    ("My cat keeps chewing my spinach plant, is spinach toxic to cats?", "pets"),
    ("sardines on toast, nice lunch ideas", "cooking"),
    # food eaten on toast is still food of ours
    ("If I have avocado on toast every day does that cover magnesium and potassium?", ""),
    # twitchers are birdwatchers, and people who twitch: a fear of an illness is theirs
    ("how many twitchers at the reserve today", "birding"),
    ("is my grandad a twitcher", "birding"),
    # someone's twitch in a part of theirs, beside a pastime of theirs
    ("my husband stayed up watching Twitch streams till 4am and now his eyelid keeps "
     "flickering, is it the screen", ""),
    ("are twitchers more likely to have ALS", ""),
    ("What share of constant twitchers have something serious?", ""),
    ("How long do you poach salmon for?", "cooking"),
    ("how do i stop my hollandaise splitting", "cooking"),
    ("the drain is blocked, does vinegar work", "things"),
    # a frame's noun said as a verb of ours
    ("I sweat loads under all the layers. Does that drain potassium?", ""),
    # a health cue inside a frame's phrase is the frame's ("tastes better"), not the body's
    ("soya milk or oat milk, which tastes better in tea", "shopping"),
    ("which magnesium is better for cramps", ""),
    ("When To Sow Kale", "gardening"),
])
def test_a_frame_puts_our_words_in_another_sense(bot: Assistant, question: str,
                                                 frame: str) -> None:
    assert read(bot, question).frame == frame


@pytest.mark.parametrize("question, unknown", [
    ("karaoke booth hire for a hen do", ("karaoke", "booth")),
    ("what are stretch goals on kickstarter", ("kickstarter",)),
    ("signs of low magnesum?", ()),  # a typo of ours is no word from elsewhere
    ("thanks, that's really useful", ()),  # everyday English says nothing of where it is from
    ("ideal hours of sleep for recovery?", ("ideal",)),  # our answers speak of recovery
])
def test_words_none_of_our_data_knows(bot: Assistant, question: str,
                                      unknown: tuple[str, ...]) -> None:
    assert read(bot, question).unknown == unknown


def test_a_long_post_asks_in_its_last_sentence(bot: Assistant) -> None:
    reading = read(bot, "So a bit of background. I'm 36 and work in a call centre. My left "
                        "thumb has twitched since the weekend. What foods have magnesium?")
    assert reading.asks[-1] and not any(reading.asks[:-1])
    assert reading.entities["nutrient"] == ("magnesium",)
    assert reading.person.age == 36
    assert ("{nutrient}" in reading.units[0])


@pytest.mark.parametrize("question, units", [
    # a clause joined on that names nothing goes on about the question before it, not
    # about what the story told
    ("I'm 54 and never really drank milk. Should I be upping my calcium, and by how much?",
     [("should", "i", "be", "upping", "my", "{nutrient}"),
      ("and", "by", "how", "much", "{nutrient}")]),
    ("my calves twitch after football. which foods have potassium, and how much a day?",
     [("which", "foods", "have", "{nutrient}", "{trigger}"),
      ("and", "how", "much", "a", "day", "{nutrient}")]),
    # a nutrient asked about is the subject, not the story's foods; unless pointed back at
    ("she only eats soup, custard and scrambled egg. How much calcium does she need?",
     [("how", "much", "{nutrient}", "does", "she", "need")]),
    ("guy at work eats pumpkin seeds all day. do they actually have magnesium in",
     [("do", "they", "actually", "have", "{nutrient}", "in", "{food}")]),
    # ... and one that asks anew still takes the story's subject along ("is that why")
    ("I drink loads of coffee. my eye twitches. is that why?",
     [("is", "that", "why", "{trigger}")]),
])
def test_what_each_asking_clause_is_matched_as(bot: Assistant, question: str,
                                               units: list[tuple[str, ...]]) -> None:
    assert list(read(bot, question).units) == units


@pytest.mark.parametrize("question, clauses", [
    ("how much potassium a day and what are good sources",
     [["how", "much", "potassium", "a", "day"], ["what", "are", "good", "sources"]]),
    ("which foods have b12 plus how much do i need n what does it do",
     [["which", "foods", "have", "b", "12"], ["how", "much", "do", "i", "need"],
      ["what", "does", "it", "do"]]),
    # "and" with no question word after it, or too little on one side, joins nothing
    ("what do magnesium and calcium do", [["what", "do", "magnesium", "and", "calcium", "do"]]),
    ("and what about potassium", [["and", "what", "about", "potassium"]]),
    ("salt and what", [["salt", "and", "what"]]),
    # "so" starts a clause before a clause's first word, and otherwise stresses
    ("my eye twitches so should i cut coffee",
     [["my", "eye", "twitches"], ["should", "i", "cut", "coffee"]]),
    ("why is potassium so reactive", [["why", "is", "potassium", "so", "reactive"]]),
    ("so tired of this twitch", [["tired", "of", "this", "twitch"]]),
])
def test_a_second_question_joined_in_one_clause_is_a_clause(
        bot: Assistant, question: str, clauses: list[list[str]]) -> None:
    assert [list(clause) for clause in read(bot, question).clauses] == clauses


@pytest.mark.parametrize("question, triggers", [
    # drinking is alcohol unless what was drunk is named just after it
    ("i've been drinking like 5 cups of coffee a day", ("caffeine",)),
    ("been drinking a lot lately and my eye twitches", ("alcohol",)),
    ("out drinking last night, eye twitching today", ("alcohol",)),
])
def test_what_was_drunk_is_the_trigger(bot: Assistant, question: str,
                                       triggers: tuple[str, ...]) -> None:
    assert read(bot, question).entities.get("trigger") == triggers


@pytest.mark.parametrize("question, own", [
    ("twitchy thumb since tuesday", True),
    ("leg twitching + knee sore", True),
    # a question that opens with a part that twitches, then tells when or how
    ("thumb twitching after 12 hours gaming", True),
    ("left eye twitching since monday", True),
    ("eye twitch emoji meaning", False),
    ("calf twitching after football, he says its nothing", False),
    # ... or a clause of the headline, or its turn to what happened next
    ("gaming all night, eyelid twitching today", True),
    ("Late Night Gaming Then Eyelid Twitch All Day", True),
    # ... of no one else named
    ("16yo daughter on Monster, eye twitching", False),
    ("mum's on lithium, hands twitchy lately", False),
])
def test_a_headline_of_a_part_that_twitches_is_the_askers_own(bot: Assistant, question: str,
                                                              own: bool) -> None:
    assert read(bot, question).own_body is own


@pytest.mark.parametrize("question, asks", [
    ("Have you got tips for a twitchy eye", [True]),
    ("has anyone tried magnesium", [True]),
    ("I drink milk. have yoghurt with breakfast. what else has calcium",
     [False, False, True]),
    # a chore done is no question; a short question about a twitch still is
    ("He gets up at seven, does his crossword, walks to the shop. Are sweet potatoes good "
     "for potassium?", [False, False, False, True]),
    ("does my eye twitch from stress", [True]),
])
def test_have_asks_only_of_someone(bot: Assistant, question: str, asks: list[bool]) -> None:
    assert list(read(bot, question).asks) == asks


@pytest.mark.parametrize("question, asks", [
    # a "when" that ties a time to what is told, naming nothing of ours, asks nothing
    ("her lid flickers, only irritating when she is doing the crossword. could the tea "
     "cause it", [False, False, True]),
    # ... naming a twitch or a trigger, it is where the subject is
    ("My Eyelid Jumps When I'm Stressed", [True]),
    # after a lead-in, or with a question after it, "when" still asks
    ("so when should i worry", [True]),
    ("and when i turn 51?", [True]),
    # "doesn't want a fuss" tells, its subject left out; "doesn't magnesium help" asks
    ("she says she is fine, doesn't want a fuss", [False, False]),
    ("doesn't magnesium help with cramps", [True]),
    # a question told inside a telling, after a verb of asking or wondering, asks
    ("my nephew rang and asked me which foods are highest in potassium", [True]),
    ("i have been wondering how much b12 i need", [True]),
    ("I want to know what to eat for it", [True]),
    # "which" that tells on from the clause before, and "which" that asks
    ("my eyelid flickers in class, which the pupils have spotted, which was awkward",
     [False, False, False]),
    ("which is better for cramps", [True]),
    # a question word just after "that's" or "this is" points at what is told
    ("Is 5000 IU of vitamin D too much? That's what my Costco bottle says",
     [True, False]),
    ("this is how it started. what foods have magnesium?", [False, True]),
    ("that was when the calf cramps began", [False]),
    # ... but opening a question, "is that" still asks
    ("is that why my eye twitches", [True]),
    ("what is that twitching", [True]),
])
def test_a_when_of_the_telling_asks_nothing(bot: Assistant, question: str,
                                            asks: list[bool]) -> None:
    assert list(read(bot, question).asks) == asks


def test_a_pronoun_reads_as_what_the_conversation_discussed(bot: Assistant) -> None:
    state = State(intent="nutrient_role", entities={"nutrient": ("potassium",)})
    assert "{nutrient}" in read(bot, "which foods have it", state).whole
    assert "{nutrient}" not in read(bot, "is it serious", state).whole
    # ... unless the question named a nutrient before it
    state = State(intent="trigger", entities={"trigger": ("caffeine",)})
    units = read(bot, "how much magnesium a day and what foods have it", state).units
    assert units[1] == ("what", "foods", "have", "{nutrient}")
    # ... but not one only told of: there 'it' is the twitch
    whole = read(bot, "I take magnesium every night. My calf still twitches. Should I get it "
                      "looked at?").whole
    assert whole.count("{nutrient}") == 1 and "it" in whole


@pytest.mark.parametrize("question, kind, kept, dropped", [
    # a turn that puts itself right asks of the thing it keeps
    ("Sorry, I meant calcium not potassium", "nutrient", "calcium", "potassium"),
    ("Actually vegetarian, not vegan", "diet", "vegetarian", "vegan"),
    # ... and a contrast that corrects nothing keeps both
    ("Mum only takes calcium, not magnesium. Do they work together?", "nutrient",
     "magnesium", None),
])
def test_a_turn_that_puts_itself_right_asks_of_what_it_keeps(
        bot: Assistant, question: str, kind: str, kept: str, dropped: str | None) -> None:
    named = read(bot, question).entities.get(kind, ())
    assert kept in named and dropped not in named


@pytest.mark.parametrize("question", [
    "my wife is 25 weeks pregnant and my own eyelid has jumped since monday",
    "I'm 41 years old and my calf twitches",
    # a wait ahead is no span either
    "my calf twitches and the neuro appointment is six weeks away",
    "eyelid twitching since monday, GP can't see me for three weeks, what helps till then",
    "calf twitching since friday, still 2 weeks until my appointment",
    "week two of the diet and my calf twitches",
    # ... nor a time to come said in words, nor how often
    "the move is in a fortnight and my eyelid has flickered since Tuesday",
    "deadline within a few weeks, my lip twitches",
    "my cheek twitches every few weeks, then stops",
    # "back" as a time ago names no body part to tell the twitch's span by
    "back in September I went vegetarian",
    "Started sertraline three weeks back. The last few nights my legs jump as I drop off",
])
def test_an_age_or_a_stage_is_no_span_of_twitching(bot: Assistant, question: str) -> None:
    assert "duration" not in read(bot, question).signs


def test_an_empty_question_reads_as_nothing(bot: Assistant) -> None:
    reading = read(bot, "  ?! ")
    assert reading.clauses == () and reading.signs == () and reading.audience is None


def _intents_copy(tmp_path: Path, file: str, old: str, new: str) -> Path:
    target = tmp_path / "intents"
    target.mkdir()
    for source in Path(packaged_dir("intents")).glob("*.yaml"):
        text = source.read_text(encoding="utf-8")
        if source.name == file:
            assert old in text, f"{old!r} not in {file}"
            text = text.replace(old, new, 1)
        (target / source.name).write_text(text, encoding="utf-8")
    return target


def test_a_safety_word_class_the_code_reads_is_checked_at_load(tmp_path: Path) -> None:
    # renamed with every phrase that uses it, so only the code's reading of it breaks
    target = _intents_copy(tmp_path, "safety.yaml", "twitch_verb", "twitch_verbs")
    safety = target / "safety.yaml"
    safety.write_text(safety.read_text(encoding="utf-8").replace("{twitch_verb}",
                                                                  "{twitch_verbs}"),
                      encoding="utf-8")
    with pytest.raises(DataError) as error:
        Assistant(intents=target)
    assert "safety.yaml" in str(error.value)
    assert ("safety.word_classes: 'twitch_verb' is missing (the code reads it) (did you mean "
            "'twitch_verbs'?)") in str(error.value)


@pytest.mark.parametrize("file, old, new, message", [
    ("lexicon.yaml", "frames_under_nutrients: [prices]", "frames_under_nutrients: [price]",
     "lexicon.frames_under_nutrients: unknown frame 'price' (did you mean 'prices'?)"),
    ("safety.yaml", "    weakness:\n", "    weakened:\n",
     "safety.signs: 'weakness' is missing (the code reads it) (did you mean 'weakened'?)"),
    ("safety.yaml", "    children: [", "    kids: [",
     "safety.audiences: 'children' is missing (the code reads it)"),
    ("safety.yaml", "    overdose:\n", "    overdosed:\n",
     "safety.signs: 'overdose' is missing (the code reads it) (did you mean 'overdosed'?)"),
    ("lexicon.yaml", "    first_person:", "    firstperson:",
     "lexicon.word_classes: unknown word class 'firstperson' (did you mean 'first_person'?)"),
    ("safety.yaml", "clocks went back: 10-26", "clocks went back: 10-46",
     "'clocks went back': expected a month and day as MM-DD, got '10-46'"),
    ("medicines.yaml", "  sign: medicine", "  sign: medicines",
     "medicines.sign: unknown sign 'medicines' (did you mean 'medicine'?)"),
    ("medicines.yaml", "    prescribing:", "    prescribed_by:",
     "medicines.classes: missing class 'prescribing'"),
    ("medicines.yaml", "    suspected_only:", "    over_the_counter:",
     "medicines.classes: missing class 'suspected_only'"),
    ("medicines.yaml", "  unchanged:", "  not_changed:",
     "medicines.not_changed: unknown field 'not_changed' (did you mean 'unchanged'?)"),
    ("safety.yaml", "    uneven: [", "    lopsided: [",
     "names an unknown word class '{uneven}'"),
    ("lexicon.yaml", "    went_while_posed:", "    went_posed:",
     "lexicon.word_classes: unknown word class 'went_posed' (did you mean "
     "'went_while_posed'?)"),
    ("lexicon.yaml", "    headline_twitches:", "    headline_twitch:",
     "lexicon.word_classes: unknown word class 'headline_twitch' (did you mean "
     "'headline_twitches'?)"),
    ("lexicon.yaml", "    putting_right:", "    put_right:",
     "lexicon.word_classes: unknown word class 'put_right' (did you mean "
     "'putting_right'?)"),
    ("twitching.yaml", '    ask_as: "what causes twitching"\n', "",
     "causes.ask_as: missing: how a clarifying question offers this intent"),
    ("lexicon.yaml", "frames_over_domain: [language,", "frames_over_domain: [languages,",
     "lexicon.frames_over_domain: unknown frame 'languages' (did you mean 'language'?)"),
    ("lexicon.yaml", "  for_a_person:\n    nutrient: [nutrient_intake]",
     "  for_a_person:\n    nutrient: [nutrient_intakes]",
     "lexicon.for_a_person.nutrient: unknown intent 'nutrient_intakes' (did you mean "
     "'nutrient_intake'?)"),
    ("lexicon.yaml", "  for_a_person:", "  for_someone:",
     "lexicon: missing required field 'for_a_person'"),
    ("lexicon.yaml", "    clock_free_from: 25", "    clock_free_from: soon",
     "lexicon.ages.clock_free_from: expected a whole number, got text 'soon'"),
    ("safety.yaml", "    asked_alone_with:", "    asked_alone:",
     "safety.word_classes: 'asked_alone_with' is missing (the code reads it)"),
    ("safety.yaml", "    dribbling:", "    dribbles:",
     "names an unknown word class '{dribbling}' (did you mean 'dribbles'?)"),
    ("lexicon.yaml", "    pulikat: cramp", "    charlie horse: cramp",
     "lexicon.rewrite: 'charlie horse': a rewrite replaces one word, not a phrase"),
    ("lexicon.yaml", "    w/o: without", "    wo: without",
     "lexicon.shorthands: 'wo' must be lower case with a mark such as '/' or a digit in it; "
     "a plain word belongs in rewrite"),
    ("lexicon.yaml", "    w/o: without", "    w/o: [without]",
     "lexicon.shorthands: 'w/o' must be rewritten to text"),
])
def test_a_renamed_id_in_the_data_fails_at_load_with_its_file(tmp_path: Path, file: str,
                                                               old: str, new: str,
                                                               message: str) -> None:
    with pytest.raises(DataError) as error:
        Assistant(intents=_intents_copy(tmp_path, file, old, new))
    assert file in str(error.value)
    assert message in str(error.value)


# Questions for the single scan: signs, conditions, audiences, sudden and duration phrases,
# health cues, plurals and possessives ('calves', "4 year old's"), gaps ('can not * grip'),
# and words that start phrases in some lists but not others.
SCAN_QUESTIONS = [
    "my calves twitch and my legs feel weak, cant grip my mug properly",
    "no numbness or weakness, just my eyelid flickering for 3 weeks",
    "my 4 year old's eyelid keeps twitching, is magnesium safe for kids",
    "pregnant and my thighs twitch at night, is it safe to take magnesium",
    "suddenly my arm went numb and i can not really grip anything",
    "eye twitch and a rash on my arms since the summer, over a month now",
    "trouble swallowing and slurred speech, twitching all over",
    "my dog twitches in his sleep, is that normal",
    "is magnesium worth it for cramps or is it a waste of money",
    "both eyelids and now my cheek, started in august and its november now",
    "whats the capital of france",
    "",
]


@pytest.mark.parametrize("question", SCAN_QUESTIONS)
def test_the_single_scan_finds_what_each_list_finds_on_its_own(bot: Assistant,
                                                               question: str) -> None:
    """SafetyCheck.scan walks the words once for every list; each list's starts must be
    exactly those of its own PhraseSet.starts, which it replaced."""
    from assistant.safety import PhraseSet

    safety = bot.reader._safety
    words = [w for clause in bot.reader._normalizer.clauses(question) for w in clause]
    scan = safety.scan(words)
    assert scan.signs == [PhraseSet(rule.phrases, bot.reader._normalizer).starts(words)
                          for rule in bot.intents.safety.signs]  # the checker's rules have none
    assert scan.audiences == [phrases.starts(words) for _, phrases in safety._audiences]
    assert scan.conditions == safety._conditions.starts(words)
    assert scan.sudden == safety._sudden.starts(words)
    assert scan.duration == safety._duration.starts(words)
    assert scan.health_cues == safety._health_cues.starts(words)
    assert scan.parts == safety._part_positions(words)


@pytest.mark.parametrize("question", SCAN_QUESTIONS)
def test_where_a_signs_phrase_ends_is_read_from_the_scans_table(bot: Assistant,
                                                                 question: str) -> None:
    """PhraseScanner.end, for each sign found, says what the sign's own PhraseSet.end
    says, which it replaced (on the words as the scan reads them)."""
    from assistant.safety import PhraseSet

    safety = bot.reader._safety
    scanner = safety._scanner
    words = [w for clause in bot.reader._normalizer.clauses(question) for w in clause]
    forms = scanner._read_forms(words)
    for slot, (rule, starts) in enumerate(zip(bot.intents.safety.signs, safety.scan(words).signs,
                                              strict=True)):
        phrases = PhraseSet(rule.phrases, bot.reader._normalizer)
        for start in starts:
            assert scanner.end(words, start, slot) == phrases.end(forms, start), (rule.id, start)


def test_the_single_scan_keeps_each_lists_plural_fallback() -> None:
    """A word ending in 's' tries the phrases of the word without it only in a list that
    has no phrase starting with the word itself, as PhraseSet.starts does per list."""
    from assistant.safety import PhraseScanner, PhraseSet
    from assistant.text import Normalizer

    normalizer = Normalizer({})
    lists = [PhraseSet(["calf twitch"], normalizer),
             PhraseSet(["calfs hurt", "calf twitch"], normalizer),
             PhraseSet(["can not * grip"], normalizer)]
    for words in (["calfs", "twitch"], ["calfs", "hurt"], ["calf", "twitches"],
                  ["i", "can", "not", "really", "grip", "it"], ["calfs"]):
        assert PhraseScanner(lists).scan(words) == [p.starts(words) for p in lists]


def test_the_single_scan_walks_one_trie_of_every_lists_phrases() -> None:
    """The scan follows what comes after a first word down one trie of every list's
    phrases (a word or its plural, a number for '#', each length of a gap for '*'); what
    each list finds is what PhraseSet.starts finds."""
    from assistant.safety import PhraseScanner, PhraseSet
    from assistant.text import Normalizer

    normalizer = Normalizer({})
    lists = [PhraseSet(["can not * grip", "can not * * lift", "can * #"], normalizer),
             PhraseSet(["eye twitch", "eye * twitch", "eye #", "eye * *", "eye *"], normalizer),
             PhraseSet(["leg * cramp", "legs shake"], normalizer)]
    for words in (["i", "can", "not", "grip"], ["can", "not", "a", "b", "c", "grip"],
                  ["can", "not", "a", "b", "c", "d", "grip"], ["can", "not", "grips"],
                  ["can", "not", "really", "lift"], ["can", "3"], ["can", "do", "3"],
                  ["eye", "twitches"], ["eye", "left", "twitches"], ["eye"], ["eye", "7"],
                  ["legs", "at", "night", "cramps"], ["leg", "shakes"], ["legs"],
                  ["can", "not", "a", "b", "lifts"], ["can", "a", "b", "c", "12"],
                  ["eye", "a", "b", "c", "d"], ["eyes", "twitches", "eye", "9"]):
        assert PhraseScanner(lists).scan(words) == [p.starts(words) for p in lists], words


def test_a_long_first_words_phrases_are_kept_small_and_found_as_written() -> None:
    """A first word with many phrases ('can not lift the kettle', 'can not lift the
    shopping'...) is kept in fewer bytes than its phrases' text, as every start reads the
    compiled cache whole; a scanner unpickled from those bytes finds what each list's
    PhraseSet.starts finds, in the long table and the short one beside it."""
    import pickle

    from assistant.safety import PhraseScanner, PhraseSet
    from assistant.text import Normalizer

    normalizer = Normalizer({})
    things = [f"thing{number}" for number in range(300)]
    lifting = [f"can not lift the {thing}" for thing in things]
    lists = [PhraseSet(lifting, normalizer),
             PhraseSet([f"can not carry the {thing}" for thing in things[::7]], normalizer),
             PhraseSet(["eye twitch"], normalizer)]
    stored = pickle.dumps(PhraseScanner(lists), protocol=-1)
    assert len(stored) < sum(map(len, lifting)) / 3
    scanner = pickle.loads(stored)
    for words in (["i", "can", "not", "lift", "the", "thing299"],
                  ["can", "not", "carry", "the", "thing7"],
                  ["can", "not", "carry", "the", "thing8"],
                  ["can", "not", "lift", "the", "things12"], ["eye", "twitch", "can"]):
        assert scanner.scan(words) == [p.starts(words) for p in lists], words


def _every_size(phrases: dict, words: list[str], start: int, most: int) -> tuple | None:
    """The lookup the first-word tables replaced: every size from the most down."""
    for size in range(min(most, len(words) - start), 0, -1):
        phrase = tuple(words[start:start + size])
        keys = [phrase]
        if len(phrase[-1]) > 3 and phrase[-1].endswith("s"):
            keys.append((*phrase[:-1], phrase[-1][:-1]))
        for key in keys:
            if key in phrases:
                return key, size
    return None


@pytest.mark.parametrize("question", [
    *SCAN_QUESTIONS, "all nighters and energy drinks, low vitamin d and b12, hypokalemia?",
    "cashews almonds and pumpkin seeds, oily fish, sweet potatoes or bananas",
    "started sertraline and water pills, my blood thinners too, and the tablets from the gp",
    "i am vegan, my dad has the flu and i take vitamin d with a banana",
])
def test_entities_and_medicines_are_found_as_at_every_size(bot: Assistant,
                                                          question: str) -> None:
    """The finders try a word only at the sizes of the phrases that start with it; what
    they find is what trying every size finds."""
    finder = bot.reader._finder
    medicines = bot.reader._safety._medicines
    words = [w for clause in bot.reader._normalizer.clauses(question) for w in clause]
    for start in range(len(words)):
        hit = finder._exact(words, start)
        expected = _every_size(finder._phrases, words, start, 5)
        assert (hit and hit.end - hit.start) == (expected and expected[1])
    expected_medicines, index = [], 0
    while index < len(words):
        size = next((s for s in range(min(max(map(len, medicines._names)),
                                          len(words) - index), 0, -1)
                     if tuple(words[index:index + s]) in medicines._names), 0)
        if size:
            expected_medicines.append((index, index + size))
        elif words[index] in medicines._generic:
            expected_medicines.append((index, index + 1))
        index += size or 1
    assert [(m.start, m.end) for m in medicines.mentions(words)] == expected_medicines


def _dates_at_every_size(bot: Assistant, words: list[str], table: dict) -> list:
    """The lookup the first-word index of day names replaced: every name's size, longest
    first, at every word."""
    safety = bot.reader._safety
    found = []
    for index in range(len(words)):
        for size in range(max(map(len, table)), 0, -1):
            name = tuple(words[index:index + size])
            if len(name) < size:
                continue
            if name not in table and name[-1].endswith("s"):
                name = (*name[:-1], name[-1][:-1])
            if name in table:
                if not (name[0] in safety._owned_events and index and (
                        words[index - 1] in safety._possessives
                        or safety._relations_own(words[index - 1]))):
                    found.append((index, (name, table[name])))
                break
    return found


@pytest.mark.parametrize("question", [
    *SCAN_QUESTIONS, "since new years eve my eye has twitched, its been a long year",
    "the day of the dead, half term and the school holidays", "my dads fall in the autumn",
    "a level results day and the marathon this year", "falls, a fall, springs, the 3rd",
    "since the clocks went back and all saints day", "every day this week, a day or two",
    "since may, or was it march, my mums birthday in the fall", "since the fall mays marchs",
])
def test_days_of_the_year_are_found_as_at_every_size(bot: Assistant, question: str) -> None:
    """SafetyCheck._dates_named tries a word only at the sizes of the names that start
    with it, and only when a name's first and last words are both said; what it finds is
    what trying every word at every size finds. _days_named, which the scan finds both
    tables' days with in one walk, finds what each table's lookup does."""
    safety = bot.reader._safety
    words = [w for clause in bot.reader._normalizer.clauses(question) for w in clause]
    for start in range(len(words) + 1):
        part = words[start:]
        for table in (safety._dates, safety._span_dates):
            assert safety._dates_named(part, table) == _dates_at_every_size(bot, part, table)
        assert safety._days_named(part) == (_dates_at_every_size(bot, part, safety._dates),
                                            _dates_at_every_size(bot, part, safety._span_dates))


@pytest.mark.parametrize("question", [
    *SCAN_QUESTIONS, "which supermarket has the cheapest oat milk",
    "how do i cook spinach so it isnt slimy", "best recipe for banana bread",
    "ozempic side effects", "where can i buy almonds in bulk near me",
])
def test_the_frames_are_found_in_one_pass_as_each_on_its_own(bot: Assistant,
                                                            question: str) -> None:
    """Reader._frame scans the asking words once for every frame; each frame's starts are
    those of its own PhraseSet, and the frames said are those with a start."""
    from assistant.safety import PhraseSet

    reader = bot.reader
    words = [w for clause in reader._normalizer.clauses(question) for w in clause]
    lists = [PhraseSet(phrases, reader._normalizer)
             for phrases in reader._lexicon.frames.values()]
    assert reader._frames.scan(words) == [phrases.starts(words) for phrases in lists]
    assert reader._frames.said(words) == [slot for slot, phrases in enumerate(lists)
                                          if phrases.starts(words)]


@pytest.mark.parametrize(("text", "words"), [
    # an initialism's letters are one word, and the point after it may still end a sentence
    ("Twitching thighs, A.L.S possible?", ["twitching", "thighs", "als", "possible"]),
    ("m.n.d. scare", ["mnd", "scare"]),
    ("B.F.S or A.L.S.", ["bfs", "or", "als"]),
    ("took 2.5mg. then b12.", ["took", "2.5", "mg", "then", "b", "12"]),
    ("at 3 a.m. it starts", ["at", "3", "am", "it", "starts"]),
    # shorthands written with a mark are the words they stand for
    ("eyelid twitch w/o pain", ["eyelid", "twitch", "without", "pain"]),
    ("Twitching 24/7", ["twitching", "constantly"]),
    ("calf & thigh b/c of coffee", ["calf", "and", "thigh", "because", "of", "coffee"]),
    # ... and so are letters and digits typed together
    ("eyelid jumping b4 bed", ["eyelid", "jumping", "before", "bed"]),
    ("started 2day", ["started", "today"]),
    # ... and only where the mark is theirs
    ("1/2 a banana, A&E", ["1", "2", "a", "banana", "a", "e"]),
    ("b12 and vit d3 b4", ["b", "12", "and", "vit", "d", "3", "before"]),
])
def test_initialisms_and_shorthands_are_read_as_words(bot: Assistant, text: str,
                                                      words: list[str]) -> None:
    assert list(read(bot, text).words) == words


@pytest.mark.parametrize(("text", "words"), [
    ("took 2.5g. then 1,000mg!", ["took", "2.5", "g", "then", "1000", "mg"]),
    ("x\u0663.5 and .5 or 5. ok", ["x", "5", "and", "5", "or", "5", "ok"]),
    ("a,.b...c 3..4", ["a", "b", "c", "3", "4"]),
    ("tab\there\x00 and\x7fmore", ["tab", "here", "and", "more"]),
    ("the 10,000 iu, not 1,00", ["the", "10000", "iu", "not", "1", "00"]),
])
def test_points_between_digits_stay_and_others_part_words(text: str, words: list[str]) -> None:
    """One pass turns both what is no word's letter and a point that is no decimal point
    into a space: a point's neighbours are read before the runs around it go, and another
    script's digit ('\u0663') beside a point does not make it a decimal point."""
    from assistant.text import Normalizer

    assert Normalizer({}).words(text) == words


@pytest.mark.parametrize(("words", "alike"), [
    (("eating", "eat"), True),      # a root of three letters keeps its -ing form apart no more
    (("causes", "caused", "cause"), True),
    (("thing", "th"), False),       # nor is a root of two letters cut
    (("is", "does"), False),
])
def test_words_are_matched_by_their_stems(words: tuple[str, ...], alike: bool) -> None:
    from assistant.intents import load_intents

    stem = load_intents([packaged_dir("intents")]).normalizer.stem
    assert (len({stem(word) for word in words}) == 1) is alike


@pytest.mark.parametrize(("question", "trigger"), [
    ("living on energy drinks and four hours of sleep, whats causing it", True),
    ("sleeping maybe five or six hours a night since the new job", True),
    ("im basically on 3 hrs sleep a night this week", True),
    ("5 to 6 hours of sleep and my eye jumps", True),
    # the unit shortened, the sleep said only by "a night"
    ("we just had a baby so im getting like 3 hrs a night haha", True),
    ("four hrs per night since the move", True),
    ("i get 8 hrs a night, why do i twitch", False),
    # as many hours as advised, or hours of something else, tell of no trigger
    ("i get 8 hours of sleep and drink coffee, why do i twitch", False),
    ("i sleep 7 or 8 hours, is that enough", False),
    ("how many hours of sleep do i need", False),
    ("i commute 2 hours a day and sleep well", False),
])
def test_fewer_hours_of_sleep_than_advised_is_fatigue(bot: Assistant, question: str,
                                                      trigger: bool) -> None:
    reading = read(bot, question)
    assert ("fatigue" in reading.entities.get("trigger", ())) is trigger, reading.entities


@pytest.mark.parametrize(("question", "too_long"), [
    # a twitch still going after a span said of something tried has lasted it too
    ("Took Magnesium Five Weeks, Still Twitching", True),
    ("still twitching after five weeks of magnesium", True),
    ("took magnesium for 3 days, still twitching", False),
    ("still twitching, started magnesium 2 months ago", True),
    ("Been taking magnesium for three weeks and the twitching in my calf still hasn't "
     "stopped", True),
    ("im 45 years old and my eye is still twitching", False),
    ("took magnesium 5 weeks, how much is too much", False),  # no twitch still going
    # ... or a clause that only says it is still going, after one that names it
    ("Twitch Started After All-Nighter, Still Going Three Weeks Later", True),
    ("my eyelid started twitching after the exams. still going a month later, any ideas", True),
    ("my eyelid started twitching after the exams. I kept going to the gym three weeks "
     "later", False),
])
def test_a_twitch_that_outlasts_a_remedy_has_lasted_that_long(bot: Assistant, question: str,
                                                              too_long: bool) -> None:
    assert ("duration" in read(bot, question).signs) is too_long


@pytest.mark.parametrize(("question", "numb"), [
    ("tingling and twitching in feet", True),
    ("Can Low B12 Cause Tingling And Twitching In Feet", True),  # a place: it is theirs
    ("does low b12 cause tingling and twitching", False),  # a question about the nutrient
])
def test_tingling_said_with_a_twitch(bot: Assistant, question: str, numb: bool) -> None:
    assert ("numbness" in read(bot, question).signs) is numb


@pytest.mark.parametrize(("question", "sign"), [
    # said of another adult, in headline and story shapes
    ("Grandad's Thumb Twitches And His Grip's Gone", "weakness"),
    ("Flatmate's Hand Twitching, Dropped Mug Twice", "weakness"),
    ("Dad's Levodopa Increased, Now Twitching More", "medicine"),
    ("Amyotropic Lateral Sclerosis Twitching Symptoms", "fear"),
    ("his eyelid twitches and now he is struggling to get water down", "swallowing"),
    ("dad twitches and coughs and splutters on his tea", "swallowing"),
    ("my calf twitches and my trousers are hanging off me", "other_symptoms"),
    ("her tongue flickers and her voice sounds nasal lately", "other_symptoms"),
    ("Dad twitching a lot since his stroke?", "other_symptoms"),
])
def test_signs_in_a_carers_words(bot: Assistant, question: str, sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize(("question", "sign"), [
    # a twitch of the tongue or throat is worth a doctor's look: the care advice leads
    ("Tongue Flickering When I Stick It Out?", "worry"),
    ("My partner says his throat feels twitchy", "worry"),
    ("Why Is My Tongue Twitching After Coffee?", "worry"),
    # a fear weighed against anxiety, or any other cause, is the asker's own
    ("Moter neuron disease or just anxiety??", "fear"),
    ("Parkinson's Or Just Too Much Tea?", "fear"),
    ("brain tumour or B12??", "fear"),
    ("magnesium deficiency vs MS", "fear"),
    ("difference between ALS and BFS twitches", "fear"),
    # ... and so is one asked to be ruled out
    ("Can You Rule Out ALS At Home?", "fear"),
    ("is there any way to rule out MS without an MRI", "fear"),
    # ... or asked how anyone would know it
    ("how do you know if you have ALS", "fear"),
    ("How Can U Tell Whether Its MS?", "fear"),
    ("would you even know if it was a brain tumour", "fear"),
    # ... or likened to it, whoever's twitch it is
    ("Can Low Magnesium Cause ALS Like Twitching?", "fear"),
    ("are there ms-like symptoms from low b12", "fear"),
    ("Twitches Similar To Parkinson's, Could It Be Potassium?", "fear"),
    # a twitch told spreading beside a nutrient asked about: no thing twitches
    ("Low Potassium = Twitching All Over?", "spreading"),
    ("magnesium twitching everywhere??", "spreading"),
    ("is low b12 why i twitch all over", "spreading"),
    ("can low magnesium cause twitching all over your body", "spreading"),
    # a sign had beside a twitch, not listed: "and" then "a" or "my"
    ("Which Magnesium For Twitching And A Weak Grip", "weakness"),
    # ... and a side of the part told as "it"
    ("Does dark chocolate help twitching? Asking bc my leg twitches and the outside of it "
     "feels kinda dead", "numbness"),
    # an illness in its initials, as what a twitch is asked to mean, or asked alone
    ("Twitching thighs, A.L.S possible?", "fear"),
    ("Could Constant Twitching Mean Nerve Damage?", "fear"),
    ("Calf fascics, no weakness. BFS?", "fear"),
    ("Thigh twitch. Myasthenia maybe?", "fear"),
    # a span of the twitch's own, said as an adjective or beside a word for a span
    ("my eyelid has had a three week twitch", "duration"),
    ("my eyelid has been twitching for a two week stretch", "duration"),
    # ... but not a reason that is a sign itself, nor one told without "because"
    ("I keep dropping things because my hand feels weak and my thumb twitches", "weakness"),
    ("thumb twitches n my hand feels kinda weak but its prob from texting lol", "weakness"),
    ("my fingers went numb from the knee down on long rides and my quads twitch",
     "numbness"),
    # a suspicion voiced with "surely not" is no denial
    ("Thumb twitching, surely not the new tablets?", "medicine"),
    # a scare that is not settled
    ("had a cancer scare last year and now my eyelid twitches, terrified", "fear"),
    # ... or asked through a search or a test not yet done
    ("Why does Google always say ALS??", "fear"),
    # ... or only just done
    ("can barely swallow and neck muscles twitching", "swallowing"),
    ("i can hardly talk, my tongue twitches", "speech"),
    # ... or through its odds for someone like the asker
    ("Chances a 22 year old has ALS?", "fear"),
    ("Is it ASL if my calf twitches nightly", "fear"),
    ("do young ppl even get MS", "fear"),
    ("How Rare Is MND In Your Thirties?", "fear"),
    ("My neurologist did a full exam and said everything was normal. How sure can she be "
     "without doing an EMG?", "fear"),
    # a twitch gone to another place, or a side of the face drawn
    ("Twitch jumped to my other eye overnight", "spreading"),
    ("Left Side Of Face Pulling Up", "spreading"),
    ("Why Does My Eye Shut By Itself And My Mouth Pull Sideways?", "spreading"),
    # a twitch compared is a twitch: other symptoms and a medicine beside it
    ("on lithium for six years. Lately my hands are twitchier than usual, I've had "
     "diarrhoea for four days and I feel a bit wobbly on my feet", "other_symptoms"),
    ("on lithium for six years, my hands are twitchier than usual", "medicine"),
    # new places each day, weight lost "without diet", sweat in the night
    ("new twitch spots popping up every single day", "spreading"),
    ("I lose six kilo without diet, muscles are twitching and I sweat in the night. What it "
     "can be?", "other_symptoms"),
    # bladder control lost, said as what was let go; an eye shut by each twitch
    ("Peed myself a bit + back twitching. help", "other_symptoms"),
    ("Should I See An Ophthalmologist If My Eyelid Shuts With Each Twitch?", "other_symptoms"),
])
def test_a_bulbar_twitch_or_a_weighed_fear(bot: Assistant, question: str, sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize("question", [
    # speech that has always been so is no sign
    "people say I talk funny because of my accent, anyway what foods have magnesium",
    # ... nor is sleep as it used to be
    "i cant sleep like i used to and my eye twitches",
])
def test_speech_as_it_always_was_is_no_sign(bot: Assistant, question: str) -> None:
    assert not {"speech", "weakness"} & set(read(bot, question).signs)


@pytest.mark.parametrize(("question", "sign"), [
    # twins of this table's signs: a sign listed as a nutrient's, a test long done and
    # clear, a face pulled on purpose, a doctor gone to
    ("is B6 or B12 better for twitching and tingling?", "numbness"),
    ("I had an EMG a couple of years ago and it was all clear, now just a single calf "
     "twitch after runs, is that caffeine?", "fear"),
    ("my eyelid twitches when I pull faces at the baby", "spreading"),
    ("i went to my other doctor about my eye twitch", "spreading"),
    ("the shop closes completely on sundays and my eye twitches", "other_symptoms"),
    ("got pissed last night and now my eye twitches", "other_symptoms"),
    # a medicine denied, not suspected
    ("eyelid twitch, not the new tablets though, I stopped them", "medicine"),
    # bones said to become weak are no muscle's weakness
    ("My daughter says I must take calcium because after menopause bones become weak. My "
     "calf twitches at night", "weakness"),
    # a sign of the body that a reason of the world brought on, given with "because"
    ("Dropped my keys this morning because I had the shopping, the baby and the dog lead "
     "all at once. Anyway, my eyelid has been twitching since Monday", "weakness"),
    ("I keep dropping my pen in lectures because I fiddle with it when I'm bored, and my "
     "thumb twitches", "weakness"),
    ("Buttons Fiddly In Gloves, Thumb Twitch Cause?", "weakness"),
    # a span that is the length of something else, said as an adjective is
    ("Just got back to Toronto from a two week work trip, since yesterday my right eyelid "
     "keeps fluttering", "duration"),
    ("back from a 2 week holiday and my eyelid twitches", "duration"),
    # a scare long settled, the asker well since
    ("We went fully vegan eighteen months ago after my heart scare. We feel better than we "
     "have in years. Why does B12 matter?", "fear"),
])
def test_twins_of_the_signs_told_beside_a_question(bot: Assistant, question: str,
                                                   sign: str) -> None:
    assert sign not in read(bot, question).signs


@pytest.mark.parametrize("question", [
    # an illness named with nothing weighed against it, of no one: no fear of the asker's
    "the ice bucket challenge for ALS",
    "ALS awareness month is in may",
    "can you tell me how the ALS ice bucket challenge started",
    "how do you know if you have a magnesium deficiency",
    "what does an emg show",
])
def test_an_illness_named_of_no_one_is_no_fear(bot: Assistant, question: str) -> None:
    assert "fear" not in read(bot, question).signs


def test_age_phrases_are_tried_only_beside_the_word_they_end_or_start_with() -> None:
    """PersonReader keeps the phrases before an age by their last word and those after it
    by their first: each list is the lexicon's phrases that can fit there, in its order,
    an empty phrase (which fits anywhere) included."""
    from assistant.person import _by_word

    phrases = (("i", "am"), (), ("aged",), ("she", "is"), ("is",), ("is", "now"))
    for at in (0, -1):
        table, empty = _by_word(phrases, at)
        for word in ("i", "am", "aged", "she", "is", "now", "other", None):
            assert table.get(word, empty) == tuple(
                phrase for phrase in phrases if not phrase or phrase[at] == word)


@given(st.lists(st.sampled_from([*"abmgtu019 .,!?;:()\n'+", "but ", "\u0663", "\u00e9",
                                 "aaa", "2.5", "1,000"]), max_size=25).map("".join))
def test_the_normalisers_patterns_find_what_the_plainer_ones_did(text: str) -> None:
    """The clause break opens with a lookahead of its first characters, a number is parted
    from a letter beside it from the digit, triple letters are searched without a
    lookahead, and ASCII is cleaned by a table of bytes, each for speed: each gives what
    the plainer pattern or the string's own table gave."""
    import re

    from assistant import text as normaliser

    plain_break = re.compile(r"(?:[!?;:,()\n]|\.(?<!\d\.)|\.(?!\d))+|b(?<!\wb)ut\s+")
    parts = normaliser._CLAUSE_BREAK.split(text)  # the breaks kept, between the clauses
    assert parts[::2] == plain_break.split(text)
    assert parts[1::2] == plain_break.findall(text)
    parted = normaliser._DIGIT_LETTER.sub(
        r"\g<0> ", normaliser._LETTER_DIGIT.sub(r" \g<0>", text))
    assert parted == re.sub(r"(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)", " ", text)
    assert (normaliser._NUMBER_BESIDE_LETTER.search(text) is None) == (parted == text)
    assert bool(normaliser._TRIPLED.search(text)) == bool(re.search(r"(?=([a-z])\1\1)", text))
    if text.isascii():
        table = str.maketrans({char: " " for char in map(chr, range(128))
                               if not ("a" <= char <= "z" or "0" <= char <= "9"
                                       or char in "+.")})
        assert text.encode("ascii").translate(normaliser._NOT_WORD_ASCII).decode(
            "ascii") == text.translate(table)


@given(st.lists(st.sampled_from([*"abmgtu019 .,!?;:()\n'+", "but ", "\u0663", "\u00e9", "aaa",
                                 "2.5", "1,000", "twenty", "ten ", "mg", "im ", "milligrams"]),
                max_size=25).map("".join))
def test_the_whole_joined_from_the_clauses_is_the_whole_read_again(bot: Assistant,
                                                                  text: str) -> None:
    """The words of the whole that clauses_and_words joins from the clauses (for the
    amounts) are what words() reads from the text, whenever it gives them; and its
    clauses are clauses()'s."""
    normalizer = bot.reader._normalizer
    clauses, whole = normalizer.clauses_and_words(text)
    assert clauses == normalizer.clauses(text)
    assert whole is None or whole == normalizer.words(text)


@pytest.mark.parametrize("question, own", [
    ("i keep twitching", True),
    ("ive been getting twitches at night", True),
    ("im twitching and my periods are late", True),
    ("my calf twitches", True),  # a part of the asker's own body says it too
    ("my cursor keeps twitching on my laptop, how do i fix it", False),
    ("how do i train fast twitch muscle fibres", False),
    ("my husband twitches in his sleep", False),
])
def test_whether_the_asker_says_they_twitch(bot: Assistant, question: str, own: bool) -> None:
    assert read(bot, question).own_twitch is own


@pytest.mark.parametrize("question, outside", [
    ("calcium after the menopause", ()),  # a time of life beside a nutrient: who it is for
    ("magnesium during perimenopause, how much", ()),
    ("does vitamin d help with perimenopause", ("perimenopause",)),  # asked about
    # a food the sources do not cover, told as what the asker eats, with foods asked for
    # elsewhere: the diet the question starts from, not its subject
    ("magnesium came back borderline low. I eat a lot of white rice and bread, not many "
     "vegetables. What foods should I eat more of?", ()),
    ("I eat a lot of sourdough bread. what foods have magnesium", ()),
    # ... but asked about, it is the subject
    ("what bread has the most magnesium", ("bread",)),
    ("I eat a lot of bread, is bread bad for twitching?", ("bread",)),
])
def test_background_beside_a_nutrient_is_not_a_subject_from_elsewhere(
        bot: Assistant, question: str, outside: tuple[str, ...]) -> None:
    assert read(bot, question).outside == outside


@pytest.mark.parametrize("question, age", [
    ("Mum's 74 and her thigh jumps", 74),
    ("my husband's 52, his eye twitches", 52),
])
def test_a_relations_age_said_with_a_possessive(bot: Assistant, question: str,
                                                age: int) -> None:
    assert read(bot, question).person.age == age


@pytest.mark.parametrize(("question", "kind"), [
    ("Which vitamin helps you absorb calcium?", "vitamin"),
    ("what minerals work with magnesium", "mineral"),
    ("calcium and which nutrients, for muscles", "nutrient"),
    # a kind named, but not asked for by a question word
    ("is vitamin d a vitamin or a hormone", None),
    ("magnesium is my favourite mineral, what foods have it", None),
])
def test_the_kind_of_nutrient_a_question_word_asks_for(bot: Assistant, question: str,
                                                      kind: str | None) -> None:
    assert read(bot, question).asks_a_kind == kind


@pytest.mark.parametrize(("question", "sign"), [
    # signs told as what is noticed, each a class of wordings in the data
    ("my legs have sort of given way twice today and my calves twitch", "weakness"),
    ("my fingertips are a bit pins and needly and my eyelid twitches", "numbness"),
    ("twitching lip and half my tongue feels fuzzy", "numbness"),
    ("Friend's twitches keep moving round her body", "spreading"),
    ("Twitchy Neck, Need Water To Get Bread Down", "swallowing"),
    ("she takes sips of tea to get her tablets down and her chin twitches", "swallowing"),
    ("Wife's Lip Twitching, Speech Sounds Tipsy But She's Sober", "speech"),
    ("twitchy lips, garbling words on calls", "speech"),
    ("twitching, and walking to the postbox leaves me gasping", "breathing"),
    ("my diaphragm keeps twitching and i can't get a full breath in", "breathing"),
    ("legs twitch at night and he's been sweating through the sheets", "other_symptoms"),
    ("his calf twitches and he's gone right off his food", "other_symptoms"),
    ("my arm has gone weak and heavy in the last hour", "urgent"),
    # weakness that passed is as urgent as weakness that stays
    ("for a moment my hand wouldn't cooperate and the pen slid out of my fingers, then "
     "it went back to normal. my bicep twitches", "urgent"),
    ("his arm felt heavy and weak, it lasted a few minutes, his arm still twitches",
     "urgent"),
    # a sign that came on today, at any time of it, came on suddenly
    ("one side of my face has gone numb tonight and my cheek won't stop twitching", "urgent"),
    ("lip twitching and this afternoon my arm went heavy and weak", "urgent"),
    ("shoulder twitching the past month", "duration"),
    ("twitching in my calf for the last month or so", "duration"),
    ("calf twitch, it's been a month give or take", "duration"),
    # "in" after the twitch is told counts back, not ahead
    ("my eye hasn't stopped twitching in a few weeks", "duration"),
    ("my eyelid has twitched for a fortnight", "duration"),
])
def test_signs_said_as_they_are_noticed(bot: Assistant, question: str, sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize("question", [
    # the same words in their everyday senses: no sign
    "my eye twitches and i'm gasping for a cuppa",
    "my eye twitched the last week, what helps",
    "the muscle at the base of my thumb keeps buzzing like a tiny motor",
    "why do my legs buzz at night when im lying still",
    # the same words as this season's new signs, said of other things
    "i cant straighten my hair without my arm twitching",
    "my eyelid twitches and my teeth are a bit crooked",
    "Twitching Ankle After A Long Day In Heels",
    "my eye twitches when i sleep on it wrong",
    "I get terrible headaches when I skip coffee",
    "my bones are getting thinner and my foot twitches, more calcium?",
    "my friend is not answering me on whatsapp and my eye twitches",
    "mum is not answering us on the phone and my eye twitches",
    "twitching legs but she falls asleep fine",
    "I'm a fit and healthy 30 year old with an eye twitch",
    "I went rigid with fear when I saw the spider, eye twitching",
    "what's a good cheap blackout blind, my eyelid twitches after nights",
    "Lost out on the flat, bitter pill to swallow, now my eyelid flickers",
    "in a weak moment I ate a whole bag of crisps, then my calf twitched all night",
    "trouble getting the baby down at night and my eye twitches",
    "my glasses keep slipping down my nose and my eyelid twitches",
    "took a wrong turn, went the wrong way round the ring road, eyelid twitching all day",
])
def test_everyday_senses_of_sign_words_are_no_sign(bot: Assistant, question: str) -> None:
    assert read(bot, question).signs == ()


@pytest.mark.parametrize(("question", "signs"), [
    # a sign of the body the world brought on, told as passed since, is explained
    ("Did my first half marathon on Sunday, legs like jelly the last two miles, back to "
     "normal by Monday. Calf flickered on the sofa, what should I eat?", ()),
    ("Toes went numb in tight ski boots (fine after), non dairy calcium foods?", ()),
    ("Couldn't turn the key this morning, it was minus four and my fingers were frozen, fine "
     "once I'd warmed up. Eyelid twitching, what has vitamin D?", ()),
    ("Sprinted for the bus, couldn't get a full breath for a minute then fine, calf twitched "
     "later, do electrolyte drinks help?", ()),
    # ... not one that came on suddenly, one only likened to such a cause, one not said to
    # have passed, or one that passed with no cause told
    ("about an hour ago his left arm suddenly went weak after the digging, he says it's fine "
     "now, and his calves twitch", ("urgent", "weakness")),
    ("my top lip goes numb, like after the dentist. it wears off by the morning, cheek "
     "twitching", ("numbness",)),
    ("legs like jelly since the half marathon last week and my calf twitches", ("weakness",)),
    ("my arm went numb for ten minutes, fine now, and my calf twitches", ("urgent", "numbness")),
    # a reason of the world given with "because"
    ("Lopsided grin in my passport photo because I was trying not to laugh. My eyelid "
     "twitches, what foods are good for calcium?", ()),
    # a drink a phrase of several words tells of went through a mouth
    ("Drinks dribbling out one side, cheek twitching", ("weakness",)),
    ("my coffee is weak and my eyelid twitches", ()),
    # a terminal of travel, a veg patch: no fear, no medicine
    ("legs ached after the flight, walked round the terminal, eyelid twitching since", ()),
    ("Spent the weekend digging out a new veg patch and now my calf twitches", ()),
    ("I started a new nicotine patch and my calf twitches", ("medicine",)),
    # a claim weighed is no speech gone wrong
    ("is vitamin D linked to twitching, or is she talking nonsense? my eyelid jumps", ()),
    ("my dad keeps talking nonsense and his arm twitches", ("urgent",)),
    # a heart that did an unsteady thing is another symptom
    ("twitches in my pec and my heart has done a skippy fluttery thing", ("other_symptoms",)),
    # a bladder that will barely wait is another symptom; a bus only just caught is not
    ("stomach muscles twitching, and my bladder has been a bit odd, I suddenly need to go and "
     "only just make it", ("other_symptoms",)),
    ("my calf twitches and I only just made it to the bus", ()),
    # an omen is no fear of something serious
    ("my eye twitches, my mother says it is a sign of something good coming", ()),
])
def test_what_brought_a_sign_on_and_whether_it_passed(bot: Assistant, question: str,
                                                      signs: tuple[str, ...]) -> None:
    told_of = {"urgent", "weakness", "numbness", "breathing", "fear", "medicine", "serious",
               "other_symptoms"}
    assert told_of & set(read(bot, question).signs) == set(signs)


@pytest.mark.parametrize(("question", "places"), [
    # a body part denied or set apart is no second place
    ("Only my calf actually, not the foot. Foods that help?", False),
    ("my calf twitches, not my foot", False),
    ("in good health apart from my knees, and the muscle under my eye jumps", False),
    ("my calf twitches and my foot, not sure why", True),
])
def test_a_part_denied_is_no_place(bot: Assistant, question: str, places: bool) -> None:
    assert ("places" in read(bot, question).signs) is places


@pytest.mark.parametrize(("question", "lasted"), [
    # a span that opens a part of its own times the twitch said after it
    ("I'm 52 and for the last month or so I've had twitching in my left shoulder", True),
    ("im vegan and for 3 years now my eyelid has twitched", True),
    # a span said of another state is that state's
    ("I've been vegan for 3 years and my eye twitches", False),
    ("my eye twitches and ive been vegan for years", False),
    ("I'm 63 and for the past couple of months I've been woken up by cramp and twitching in "
     "my right calf", True),
    # ... though its phrase is found at its count, after the "for" ("six weeks now")
    ("I've been on nights for six weeks now. My right eyelid has been flickering for three "
     "days.", False),
    ("Been vegan for about six weeks now, my eyelid flickers", False),
    ("my eyelid has been flickering for about six weeks now", True),
    ("eyelid twitching, been going for six weeks now", True),
    # ... unless the twitch is told to have lasted it too
    ("I've been taking 500mg a day for a couple of months and my eyelid is still twitching",
     True),
    ("He's been on night shifts at the depot for about two months now. He sleeps in the day "
     "but only four or five hours. He says his eyelid has been twitching pretty much the "
     "whole time.", True),
    ("He's been on night shifts at the depot for about two months now. He says his eyelid "
     "started twitching on Friday.", False),
    # a span of the twitch named after it: "weeks of twitching"
    ("Can My GP Order An EMG For Ten Weeks Of Twitching?", True),
    ("Vitamin D Dose For Six Weeks Of Training?", False),
    # a break taken is no span of the twitch; a twitch off and on for weeks is
    ("Got back into squats after a year off, calf twitching since Tuesday", False),
    ("twitching for 3 weeks off and on", True),
    # a season or a term all through
    ("Calf Twitching All Autumn", True),
    ("my eyelid has been twitching all summer", True),
    ("Why are sweaty people more prone to twitching? I do landscaping all summer", False),
])
def test_a_span_opening_its_own_part_times_the_twitch_after_it(
        bot: Assistant, question: str, lasted: bool) -> None:
    assert ("duration" in read(bot, question).signs) == lasted


def test_or_so_says_about_how_long_and_starts_no_clause(bot: Assistant) -> None:
    reading = read(bot, "for a month or so i have had twitching")
    assert len(reading.clauses) == 1


@pytest.mark.parametrize(("question", "symptom"), [
    # a time of life told in a story of one's own twitch is who the person is
    ("I'm 55 and well past the menopause. Lately my right eyelid has been twitching now "
     "and then, it's been about three days. How much calcium should I get?", False),
    ("going through the menopause, my eyelid twitches, how much magnesium", False),
    # joined to the twitch, it is a symptom beside it
    ("Menopause Muscle Twitching", True),
    ("menopause and twitching legs, normal?", True),
])
def test_a_time_of_life_is_a_symptom_only_joined_to_the_twitch(
        bot: Assistant, question: str, symptom: bool) -> None:
    assert ("other_symptoms" in read(bot, question).signs) == symptom


@pytest.mark.parametrize(("question", "medicine"), [
    # new pills in a story, with a nutrient asked about sentences later
    ("I started some new pills from the psychiatrist last month, a mood stabiliser. Since "
     "then my hands have had this twitchy feeling. I'd rather fix it with diet first. "
     "Which foods have the most magnesium?", True),
    ("started a mood stabiliser last month and my hand twitches", True),
    # pills beside a nutrient, or pills that may be the supplement asked about
    ("my magnesium tablets are 400mg and my eye twitches, too much?", False),
    ("my eyelid flutters when i revise. my flatmate says to buy magnesium supplements, but "
     "money is tight and I don't want to spend money on pills I don't need", False),
])
def test_pills_in_a_story_beside_a_nutrient_asked_later(bot: Assistant, question: str,
                                                       medicine: bool) -> None:
    assert ("medicine" in read(bot, question).signs) == medicine


@pytest.mark.parametrize(("question", "sign"), [
    ("left arm twitching and now its gone numb and heavy, came on in the last 20 mins",
     "urgent"),
    ("my wife says I've been struggling with jars I used to open, and my forearm flickers",
     "weakness"),
])
def test_more_signs_as_they_are_noticed(bot: Assistant, question: str, sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize(("question", "audience"), [
    # the twitch said to be in them
    ("Muscle Twitching In Teenagers", "children"),
    ("eye twitching in toddlers", "children"),
    # what is asked is asked of 'he' or 'she', and no grown-up is named for it to be
    ("my dog grinds his teeth too lol, does he need magnesium", "animals"),
    # an age told as whose the twitch is, even after "for"; a pregnancy told as expectant
    ("Magnesium For 15 Year Old's Leg Cramps", "children"),
    ("Magnesium For 45 Year Old's Leg Cramps", None),
    ("Am expectant six months, my calves jump at night, is it calcium", "pregnancy"),
    ("I am expecting a parcel today and my eyelid twitches", None),
    # ... or as the one given something
    ("Our spaniel does it too when she dreams. Should I give her a banana?", "animals"),
    ("my husband's calf twitches, should I give him magnesium", None),
    ("my lad's 15 and gets the same after rugby", "children"),
    # a grown-up named, or the asker asks for themself
    ("my husband walks the dog, does he need magnesium", None),
    ("my daughter keeps sending me articles, should i take magnesium", None),
    # a pregnancy denied is denied throughout; children grown and gone are not asked about
    ("not pregnant, just sick of articles about pregnancy. how much folate for a woman of 30",
     None),
    ("am i ok to take magnesium while pregnant", "pregnancy"),
    ("now the kids have left home we eat better. how much calcium at 55?", None),
    ("my kids have twitchy legs at night, what can i give them", "children"),
    # a grown-up named by who they are to the asker, and by the decade of their age
    ("one of my regulars, a lady in her sixties, says her eyelid has been going. her new "
     "puppy keeps her up at night. anything she can do?", None),
    # an animal that has eaten something is who is asked about
    ("dog ate dark chocolate and is twitching", "animals"),
    ("my cat has just eaten a banana, is it ok", "animals"),
    ("i walk the dog every day and ate spinach, is that enough magnesium", None),
    # a grown-up's twitch told first: the dog is only in the story
    ("My workmate switched to a different statin. Now she says her thighs twitch, especially "
     "after she's walked the dog. Is it the tablets?", None),
    # a baby's age under ten in words, and parents' forum shorthand
    ("Three-week-old's chin quivers when she cries, is that a twitch thing", "children"),
    ("LO 14mo twitching in her sleep", "children"),
    ("My DS (9) Keeps Twitching His Eye", "children"),
    # ... but the twitch's own age is how long it has lasted
    ("my twitch is three weeks old now", None),
    ("ok and for me, my eyelid is 3 weeks old now honestly", None),
    # ... and so is an age in weeks or months told of no one, just before the twitch
    ("six week old eyelid twitch, should I worry", None),
    ("a 3 month old twitch in my thumb", None),
    ("6 week old eye twitching", "children"),
    ("my 6 week old eyelid twitching is that normal", "children"),
    ("six week old baby eyelid twitching", "children"),
    ("3 year old eye twitching", "children"),
    # the asker named only as the one asked is not the twitch's owner
    ("My 16 year old son's eyelid has been twitching and he's asked me to google it. Is it "
     "the caffeine?", "children"),
    # a part said with which side and where it is, as one's own, keeps a dog in the story
    ("The neighbour's dog seems to have it in for me, so I sleep badly. Since Tuesday my "
     "left lower eyelid has been flickering. Is this the sleep thing?", None),
    # an idiom, a child set aside, and an old asker's grown son or daughter
    ("I've spent the evenings going down a rabbit hole on twitching. Where can I read "
     "reliable information?", None),
    ("Asking for myself for once, rather than for the grandchildren. How much vitamin D "
     "should a man in his seventies get?", None),
    ("I'm 74M. My daughter has bought me some vitamin D tablets. How much should I take?",
     None),
    ("I'm 60 and my son is 12, his eyelid twitches", "children"),
    ("my guinea pig twitches when he sleeps, is he ok", "animals"),
    # a son met in a game is no son's twitch
    ("I can still beat my son at arm wrestling. It's just a flicker in my left forearm "
     "after typing. What causes that?", None),
    # an age after who someone is ("a lady of 84") makes her son a grown one
    ("I cook lunch for a lovely lady of 84. Her son has asked me to make sure she's getting "
     "enough B12. Which foods should I be putting on her plate?", None),
    ("a boy of 8 with a twitchy eye, what helps?", "children"),
    # a teacher's pupil is a child; an eye's pupils are not
    ("One of my Year 3 pupils has an eyelid that twitches all through lessons. What could "
     "cause that?", "children"),
    ("my pupils look big in the mirror and my eyelid twitches, is it caffeine?", None),
    # a cramp's nickname is no horse
    ("I get charley horse cramps, is magnesium good for them?", None),
    ("Which foods have both magnesium and potassium so I can kill two birds with one stone",
     None),
    # the asker's own twitch, told in a clause going on from the one that names it
    ("We adopted a greyhound and he twitches when he's dreaming. My problem is my own left "
     "eyelid, which has been twitching every day for weeks. Could the broken sleep be "
     "causing it, and how much sleep do I need?", None),
    ("my dog, who twitches in his sleep, keeps me up. is that normal?", "animals"),
    # a child's age ending its clause is no count of what the next one names
    ("My son is 15. He drinks energy drinks. His eyelid twitches. How can I get it to stop?",
     "children"),
    # the twitch the asker asks to stop, pointed at, is the one told of
    ("My son is 15 and lives on energy drinks. His left eyelid has been twitching. How can I "
     "get the twitching to stop?", "children"),
    ("my wife's eye twitches and so does mine, how can i get the twitching to stop", None),
    # "have" only helping another verb of theirs that is no twitch: background
    ("My left eyelid has been flickering and the kids have started pointing it out. What "
     "can I do?", None),
    ("the kids have been off sick and my eye twitches, why?", None),
    ("my son has started twitching in his sleep, is that normal", "children"),
    ("my son has started getting cramps in his calves", "children"),
    ("the kids have been twitching all week", "children"),
    # the one the twitch is in, named after an owner as after an article
    ("Eye Twitching in My 9 Year Old", "children"),
    ("Eye twitching in my son", "children"),
    ("twitching in our puppy", "animals"),
    ("my eyelid twitches, first noticed it in my teens", None),
    ("twitching in my 40s, is it magnesium", None),
    ("I noticed the twitch in my calf while playing with my son", None),
    # a child's or an animal's word that only says which thing, outing or person
    ("dropping the dog lead, hand twitchy, 49M", None),
    ("Dog walk, coffee, then eyelid twitch. Caffeine?", None),
    ("Toddler mum, twitchy thighs at night. Stretching help?", None),
    ("Breastfeeding Mum With A Twitchy Eye, Is Magnesium Safe?", "pregnancy"),
    ("dog twitching in his sleep", "animals"),
    # ... or the company the asker's days are spent with, told, not asked of
    ("Sleeping like 5 hrs a night w a newborn, eye twitching nonstop. Connected?", None),
    ("up all night with the baby, is that why my eye twitches", None),
    ("what can I do with the baby's eye twitch", "children"),
    # ... with no article, or with a word of what they are like between
    ("Up all night w teething baby, face twitchy. Tiredness?", None),
    ("Up all night with a poorly toddler and my eyelid is jumping, more coffee ok?", None),
    ("help with my son's eye twitch", "children"),
    # ... which a pregnancy never is
    ("my eye twitches, is it anything to do with being pregnant?", "pregnancy"),
    # ... or an animal beside a question asked of people
    ("My vet said my old dog twitches because he's getting on. I'm 58 and my forearm "
     "twitches now and then. What are the usual causes in people?", None),
    ("my dog twitches, is that normal in dogs?", "animals"),
    # one of some counted is no age, a salad called rabbit food no animal
    ("My husband is 67 and he's one of those people who doesn't get thirsty. His calves "
     "twitch. Could not drinking enough be behind it?", None),
    ("Dad thinks salad is rabbit food and his legs cramp, which foods have potassium?", None),
    # a child's age before a body part names whose it is; what is given, to whom
    ("my 4yo's eye keeps twitching wat do i do", "children"),
    ("my 3 year olds legs twitch at night, what can i do", "children"),
    ("Can I give my 3 year old a banana for cramps", "children"),
    ("mum of a 4 year old, my eye twitches what do i do", None),
    # a lad or twins with a child's age; a pet asked about with only "what do I do?"
    ("My Lad (9) Says His Thumb Keeps Jumping", "children"),
    ("My twins are 7 and both have eye twitches since school started", "children"),
    ("Pregnant With Twins And Legs Twitch All Night", "pregnancy"),
    ("Bella (staffy) keeps twitching her lip since she ate something in the park, what do I "
     "do?", "animals"),
    ("My layers are twitching their neck, what vitamin to give", "animals"),
    ("wearing layers in the cold and my calf twitches", None),
    ("My Hen Has A Twitching Neck, Help?", "animals"),
    ("off to a hen party this weekend, eyelid twitching all week", None),
    ("my son has his GCSE mocks so nobody is sleeping. My own eyelid has been twitching "
     "since the weekend. What can I do to stop mine?", None),
])
def test_who_a_question_is_about(bot: Assistant, question: str, audience: str | None) -> None:
    assert read(bot, question).audience == audience


@pytest.mark.parametrize(("question", "numb"), [
    ("Friend's Fingers Buzzing And Hands Twitching", True),
    ("my toes are buzzing and my calf twitches", True),
    ("the muscle at the base of my thumb keeps buzzing like a tiny motor", False),
])
def test_a_buzz_felt_in_the_fingers_or_toes_is_tingling(bot: Assistant, question: str,
                                                       numb: bool) -> None:
    assert ("numbness" in read(bot, question).signs) == numb


@pytest.mark.parametrize(("question", "triggers"), [
    # a short clause that only lists on from an asking one is asked too
    ("Is it the caffeine, the stress, or both?", {"caffeine", "stress"}),
    ("is it the vaping, the coffee, or both", {"nicotine", "caffeine"}),
    # ... however long, when it joins what it lists by 'or'
    ("Is it the coffee, the stress or the booze?", {"caffeine", "stress", "alcohol"}),
    ("is it the stress, the vape or the energy drinks", {"stress", "nicotine", "caffeine"}),
    # ... but not one that says more than what it lists
    ("is it the coffee, the stress at work is mad right now", {"caffeine"}),
    # a story's clause after a question is not a list
    ("is it the caffeine? the stress at work is awful lately but i cope", {"caffeine"}),
])
def test_a_clause_that_lists_on_from_a_question_is_asked(bot: Assistant, question: str,
                                                        triggers: set[str]) -> None:
    assert set(read(bot, question).entities.get("trigger", ())) == triggers


@pytest.mark.parametrize(("question", "medicine"), [
    ("twitch after dose increase", True),
    ("eyelid twitching since my dose change", True),
    ("what dose of magnesium, my eye twitches", False),
])
def test_a_dose_changed_is_a_medicine(bot: Assistant, question: str, medicine: bool) -> None:
    assert ("medicine" in read(bot, question).signs) == medicine


@pytest.mark.parametrize(("question", "medicine"), [
    # taken for years and said to be unchanged, a medicine is not what set off a new twitch
    ("On The Same Antidepressant For Years, Twitch After Festival Weekend", False),
    ("HRT 3 yrs, nothing new. Eye twitch after a week of 5am starts?", False),
    ("been on sertraline 100mg for about six years, same dose, no problems. Eyelid "
     "twitching since my exams started", False),
    ("Adderall for 6 years, never changed, calves twitch after leg day", False),
    # ... unless a change is told, anywhere, or it is asked about as the cause
    ("Same sertraline for years but they upped the dose last week and now my calf twitches",
     True),
    ("on levothyroxine for years with no bother, but the endocrinologist put my dose up. "
     "Since then my thumb twitches", True),
    ("same meds for years, can they cause twitching?", True),
    # ... or other signs are told beside the twitch, which may be its own
    ("I am taking lithium since 6 years, always same dose. This week my hands make small "
     "jumps, i feel sick and shaky", True),
    # for years, but not said to be unchanged
    ("been on sertraline for years and my eyelid twitches", True),
])
def test_a_medicine_taken_for_years_unchanged_is_no_sign(bot: Assistant, question: str,
                                                        medicine: bool) -> None:
    reading = read(bot, question)
    assert ("medicine" in reading.signs) == medicine
    assert ("medicines" in reading.entities.get("trigger", ())) == medicine


@pytest.mark.parametrize("question", [
    "I have taken amlodipine 5mg for blood pressure for about six years, same dose. Now my "
    "left eye keeps flickering",
    "on metformin for my diabetes for years, no changes, and my calf twitches after runs",
])
def test_what_a_medicine_is_for_is_no_symptom_beside_the_twitch(bot: Assistant,
                                                               question: str) -> None:
    assert read(bot, question).signs == ()


@pytest.mark.parametrize(("question", "sex"), [
    ("how much magnesium does a man need", "men"),
    ("I'm 54 and a woman", "women"),
    # both named: the one where something is asked
    ("they say women need more potassium than men. how much does a woman need?", "women"),
    ("my wife says men need less calcium than women, how much does a man need", "men"),
    # both asked for side by side are neither one; a relation beside a pronoun is one
    ("Potassium per day for women and men?", None),
    ("magnesium for a 40 year old man or woman, how much", None),
    ("and calcium for me, her husband, 55?", "men"),
])
def test_the_sex_asked_about_wins_over_one_compared(bot: Assistant, question: str,
                                                     sex: str | None) -> None:
    assert read(bot, question).person.sex == sex


@pytest.mark.parametrize(("question", "age"), [
    ("is 2 bananas a day enough", None),  # a count of a thing named
    # a count taken at a rate, or of what is counted when taken
    ("is 3 a day ok", None),
    ("is 2 per night too many", None),
    ("is 2 tablets ok", None),
    ("is 4 cans too much", None),
    ("my daughter is 4 and her eye twitches every day", 4),
    ("she is 6 and her eye twitches", 6),
    ("my son is 15 and eats 2 bananas", 15),
])
def test_a_number_of_things_named_is_no_age(bot: Assistant, question: str,
                                            age: int | None) -> None:
    assert read(bot, question).person.age == age


@pytest.mark.parametrize(("question", "sign"), [
    ("hubby dropping mugs, hand twitching. bananas?", "weakness"),
    ("Son, 28, Losing Grip And Forearm Twitching", "weakness"),
    ("Jam jars beating me, thumb muscle jumping", "weakness"),
    ("Twitchy Big Toe, Lost Some Feeling", "numbness"),
    ("Mum takes ages to get a sandwich down now and her cheeks flutter", "swallowing"),
    ("He puffs going up the garden now and his shoulders jump at night", "breathing"),
    ("Twitches And Winded Doing Nothing", "breathing"),
    ("my calves twitch and she can't finish a sentence on the easy bits any more", "breathing"),
    ("chest has gone tight and my arm is twitching", "breathing"),
    ("Weight dropping off and my arms twitch", "other_symptoms"),
    ("he twitches in his sleep and woke up with a bitten tongue and a wet bed",
     "other_symptoms"),
    ("Right calf has been twitching for a few days, and since yesterday the left one has "
     "started as well", "spreading"),
    ("Eyelid Twitch At First, Now All Over My Body", "spreading"),
    ("week 3 of this eyelid twitch, should i worry", "duration"),
    ("day 15 of my calf twitching", "duration"),
    ("calf twitching since feb, normal?", "duration"),
    ("eyelid going since before my birthday, that's in sept", "duration"),
    ("my grip on the left has got really poor and my forearm twitches", "weakness"),
    ("dropped a few trays at work this week and my thumb won't stop flickering", "weakness"),
    ("his words sound slurred by teatime and his jaw twitches", "speech"),
    ("dad has bother getting his food down and his tongue flickers", "swallowing"),
    ("my calf twitches and it's like breathing through a straw on the stairs", "breathing"),
    ("pee the colour of tea after the gym and my quads twitch", "other_symptoms"),
    ("my pulse goes all over the place at night and my arm twitches", "other_symptoms"),
    ("heartbeat keeps skipping and my leg twitches", "other_symptoms"),
    ("Twitching all day, always thirsty too. Is that a vitamin D thing?", "other_symptoms"),
    ("started a pred course and my back is twitching", "medicine"),
    ("could my hay fever tablets be making my eye twitch", "medicine"),
    ("twitchy calves since the reflux pills", "medicine"),
    ("on alendronic acid for my bones and my thigh has started twitching", "medicine"),
    ("Dose Upped Last Week, Now Calves Jumping", "medicine"),
    ("started a bp tablet last week and my eyelid keeps twitching", "medicine"),
    ("his cheek twitches and his words were a bit off on the phone, sort of mumbly", "speech"),
    ("Stomach And Chest Muscles Twitching", "places"),
    ("my shoulder twitches and lately he asks me to open the jars", "weakness"),
    ("her calf twitches and her legs have gone a bit rubbery on the stairs", "weakness"),
    ("arm twitching and my grip keeps slipping on the steering wheel", "weakness"),
    ("his arm twitches and his walking has got shuffly", "weakness"),
    ("my thumb twitches and I've had trouble holding my pen", "weakness"),
    ("she suddenly couldn't get her sandwich down and her jaw twitched", "swallowing"),
    ("dad was mid-sentence and couldn't find the words, his cheek twitching", "speech"),
    ("her breathing sounds shallow and her shoulders twitch", "breathing"),
    ("flatmate feverish and his thigh keeps twitching", "other_symptoms"),
    ("on champix to stop smoking and my eyelid twitches", "medicine"),
    ("Eye Twitching On And Off All Year", "duration"),
    ("my eyelid, 3 weeks now. normal?", "duration"),  # one's own part, no twitch word
    ("Calf Twitch That Started Before Halloween", "duration"),
    ("my shoulder twitches with a weird tingling down my arm", "numbness"),
    ("his calf twitches and his toes keep catching the kerb on runs", "weakness"),
    ("her thigh twitches and her foot doesn't lift properly", "weakness"),
    ("my eye has twitched for a week and my clothes are getting loose", "other_symptoms"),
    ("my calf has been twitching since my levo went up", "medicine"),
    ("mum's hands go prickly when she knits and her finger twitches", "numbness"),
    ("i swallow weird since my tongue started twitching", "swallowing"),
    ("husband twitching + gagging on his dinner most nights", "swallowing"),
    ("his tongue feels too big and his chin twitches", "speech"),
    ("his words suddenly got muddled on the phone and his face was twitching", "speech"),
    ("a patch on my thigh feels different when I touch it and the muscle twitches", "numbness"),
    ("Twitching, Tired All The Time And Losing Hair. Deficiency?", "other_symptoms"),
    ("my thumb twitches and my writing has gone all spidery", "weakness"),
    ("leg twitching and I'm pulling myself up the stairs on the bannister", "weakness"),
    ("eyelid twitching and for a second I see two of everything", "other_symptoms"),
    ("calf twitch after a flight, the calf looks bigger than the other", "other_symptoms"),
    ("she said her right leg gives a bit on the stairs and her calf twitches", "weakness"),
    ("my hand wouldn't cooperate when I went to sign, and my wrist twitches", "weakness"),
    ("the mug slid out of my fingers and my thumb has been flickering", "weakness"),
    ("Sumatriptan then twitching in my calf", "medicine"),
    # a twitch told beside a nutrient asked about is someone's, in a clause that tells
    ("fever all week, now twitching everywhere. magnesium?", "other_symptoms"),
    ("Whole Body Twitching After A Cold - Magnesium?", "spreading"),
    ("MND scare. would potassium stop the twitches", "fear"),
    # brands as sold outside the UK and US
    ("started somac, now twitchy legs", "medicine"),
    ("Stilnox + Leg Jerks At Night", "medicine"),
    ("Long Term Losec And Muscle Jumps In Thighs", "medicine"),
    # BFS names the twitching; a worst case is a fear
    ("BFS or ALS?", "fear"),
    ("worst case scenario, twitching calf", "serious"),
    ("Buzzing Feet And Muscle Jumps At Night", "numbness"),
    ("today he choked twice on his tea and his chin twitches", "urgent"),
    ("swallowing feels sticky and my jaw keeps twitching", "urgent"),
    ("started the combined pill last month and my eyelid twitches", "medicine"),
    ("Tight Throat When Swallowing Plus Neck Twitch", "swallowing"),
    ("she needs a sip of water with every mouthful and her jaw flickers", "swallowing"),
    ("bread sticks on the way down and his shoulder twitches", "swallowing"),
    ("I can't get to the end of a line without gasping and my neck twitches", "breathing"),
    ("my thumb twitches and now the fingers on my other hand were doing it too", "spreading"),
    ("she said my words were coming out a bit thick, my arm twitches", "speech"),
    # an age of no one named is the asker's, and so is the fear
    ("Motor Neurone Disease At 34?", "fear"),
    # a span the asker tells beside body parts of no one else's, with no twitch word
    ("since the summer if im honest. eyelid and cheek. what helps?", "duration"),
    # in the words of other Englishes
    ("doctor changed my sugar tablet dose and now my arm is jumping", "medicine"),
    ("the muscle of my leg is beating alone and the leg is losing the force for walking",
     "weakness"),
    ("mi foot a jump an mi cyaan feel mi toes", "numbness"),
    ("mate, me calf's been going off three weeks straight", "duration"),
    # what others hear or see of speaking and swallowing, said as a change
    ("Grandkids say Grandad talks funny now. His arm twitches too.", "speech"),
    ("my mum talks like her mouth is full and her chin twitches", "speech"),
    ("he talks a bit weird since the weekend and his hand twitches", "speech"),
    ("porridge is all he manages because bread gets stuck, twitchy arms too", "swallowing"),
    ("toast keeps sticking lately and my neck twitches", "swallowing"),
    ("the carrier bag handles just slide out of her fingers and her thumb is jumping",
     "weakness"),
    ("my fingertips have felt like cardboard for a while and my hand twitches", "numbness"),
    # headlines: a strength lost, the whole body, breathlessness, a fear of the worst
    ("traps twitching, cant press the bar i could last month", "weakness"),
    ("twice this week my grip just went on the ladder and my forearm twitches", "weakness"),
    ("calf twitching since about the Cheltenham festival, it's June now", "duration"),
    ("Body-Wide Twitches Day And Night", "spreading"),
    ("Sudden Breathlessness With Rib Twitches", "breathing"),
    ("Health Anxiety Spiral: Is My Twitch A Death Sentence?", "fear"),
    # what a hand can no longer hold still; words said wrongly or that will not come
    ("cellist here, my bow arm twitches and I can't hold the bow steady any more", "weakness"),
    ("my wife keeps fluffing her words lately and her lip twitches", "speech"),
    ("jaw twitching and I'm stumbling over my lines on stage", "speech"),
    ("twitchy cheek, and the words just won't come out", "speech"),
    # someone's fall is another symptom
    ("Twitchy Arm After Mum's Fall On The Ice", "other_symptoms"),
    # a tingle named before the part it is felt in
    ("Tingling Lips And Twitching Around My Mouth", "numbness"),
    ("tingly fingertips and a jumpy thumb", "numbness"),
    # titles: a buzz in the soles, breath short as "SOB", a fear in two words
    ("buzzing soles and twitchy calves 52f", "numbness"),
    ("twitchy pecs + SOB on stairs", "breathing"),
    ("neuro disease?? quad twitch", "fear"),
    ("Swallowing takes effort, neck twitching. 39F", "swallowing"),
    ("husband suddenly fighting for breath, twitching down one side", "breathing"),
    ("Hand Twitch And Fingers Won't Do My Shirt Buttons", "weakness"),
    ("huntingtons runs in the family, finger twitch", "fear"),
    ("Came Off A Ladder Last Week, Now My Arm Twitches", "other_symptoms"),
    ("Twitching With A Temp Of 39", "other_symptoms"),
    ("Burning Soles And Twitchy Toes, 61F", "numbness"),
    ("Twitches Jumping From Leg To Leg Nightly", "spreading"),
    ("the twitch has moved to my arm now", "spreading"),
    ("colleague is panting after doing nothing much and his arms twitch", "breathing"),
    ("health anxiety, convinced its motor neurone", "fear"),
    ("Myasthenia Or Just Tired? Eyelid Twitch", "fear"),
    ("hammy and shoulder blade twitching at the same time", "places"),
    ("my arm twitches near the elbow and today it feels week and heavy", "weakness"),
    ("ngayon po pati sa pisngi at sa braso ko nag twitch na", "places"),
    ("Thumb jumping + can't turn the key in the van ignition properly", "weakness"),
    ("Trouble Pronouncing Things + Lip Twitch", "speech"),
    ("she says her twitches mean something terrible is wrong with her nerves", "fear"),
    ("Wife suddenly can't get her water down properly and her jaw is twitching", "swallowing"),
    ("Wife's eye twitch, is a stroke coming?", "emergency_asked"),
    ("could a twitch in my lip be a mini stroke, it passed in a minute", "emergency_asked"),
    ("my cheek twitch, is it a TIA?", "emergency_asked"),
    ("Lip twitching, possible stroke?", "emergency_asked"),
    ("maybe a mini stroke?? my cheek keeps jumping", "emergency_asked"),
    # a diagnosis given, with no one named, is the asker's
    ("Diagnosed with MS. Is magnesium ok for twitching?", "fear"),
    # a twitch weighed as harmless or serious; swallowing told in second-language English,
    # as food that catches, or as things harder to get down
    ("Harmless twitch or a serious one, how would I know?", "serious"),
    ("lip twitching, and drinking tea sometimes it go the wrong way", "swallowing"),
    ("neck twitches and bread seems to catch when I swallow", "swallowing"),
    ("throat flutters and I have more trouble getting my food down lately", "swallowing"),
    ("Dad's legs jerk in his chair and he's sleepier than usual", "other_symptoms"),
    ("pen keeps slipping when I write and my thumb twitches", "weakness"),
    ("grandad keeps nodding off at the table and his hands twitch", "other_symptoms"),
    ("my sister is on olanzapine and her lips keep moving on their own", "medicine"),
    ("my tablets come back up sometimes and my jaw twitches", "other_symptoms"),
    ("slipped on the ice last week an banged ma heid, noo ma cheek keeps twitchin",
     "other_symptoms"),
    ("my right hand dey jump, and since yesterday e no get power again", "weakness"),
    ("twitchy eye and seeing zigzag lines", "other_symptoms"),
    ("my eyelid twitches and a few times my heart has done this flip", "other_symptoms"),
    ("her thumb twitches, and her eyesight's gone a bit double this last day or two",
     "other_symptoms"),
    ("Suddenly can't raise my twitchy right arm", "urgent"),
    ("cant move my leg properly and it twitches", "weakness"),
    ("my legs twitch and I've noticed some bruises I don't remember getting", "other_symptoms"),
    ("my thumb twitches and i need help to open a jar now", "weakness"),
    ("food feels like it goes down slower and my jaw twitches", "swallowing"),
    ("Twitching Face And Hard To Talk Clearly", "speech"),
    ("Bicep Twitch + Can't Curl My Usual Weight", "weakness"),
    ("my mums face just started twitching on one side and now she cant lift her left arm "
     "properly", "urgent"),
    ("Mum losing words, eyelid twitching constantly", "other_symptoms"),
    ("I can't pinch a pipette tip properly with that hand and my thumb twitches", "weakness"),
    ("my thumb twitches, like the strength has drained out of it", "weakness"),
    ("Twitchy Forearm, Dropping My Trowel At Work", "weakness"),
    ("Fascics In Multiple Spots, 44M, No Caffeine", "spreading"),
    ("Dad's fingertips fizzy and his hand twitches", "numbness"),
    ("my dad's hand goes fizzy and his arm twitches, he's 70", "numbness"),
    ("Please tell me this isn't something bad, my eyelid won't stop", "serious"),
    ("my hand twitches, is it PD or just stress", "fear"),
    # what a hand no longer presses or opens, a calf that no longer lifts, a foot that drops
    ("couldn't push the plunger down on a syringe with that thumb, and it twitches",
     "weakness"),
    ("my forearm flickers and I can't get the lids off jam jars anymore", "weakness"),
    ("calf twitching for a week and I can't rise up on my toes on that side", "weakness"),
    ("my finger flutters and my grip on the scissors kept going halfway through a cut",
     "weakness"),
    ("shin twitching and my right foot has started to scuff the floor when I walk",
     "weakness"),
    ("calf flickers and the front of the foot doesn't seem to lift properly", "weakness"),
    # a fear of death, whoever says it
    ("Boyfriend thinks his bicep twitch means he's dying", "fear"),
    ("could he be dying? his arm twitches", "fear"),
    # awareness lost for a while, told as it looked
    ("his arms jerked, then he went completely blank and slumped before coming round confused",
     "urgent"),
    ("my dad keeled over after his arm twitched", "urgent"),
    # a strength told as less than before, a limb that gives up or will not hold the body,
    # a task that has become hard, a grip that lets go, a foot lazy to lift
    ("my fingers twitch and they are not strong like before", "weakness"),
    ("forearm twitching, and the hand just gives up halfway when I open a jar", "weakness"),
    ("went up on my toes and my left side just wouldn't hold me up there, calf twitching",
     "weakness"),
    ("shoulder twitching and I can't keep my arm up long enough to peg a sheet", "weakness"),
    ("thigh twitching and that leg doesn't push me up the way it did", "weakness"),
    ("forearm flickering, and turning the key in the front door has become a job",
     "weakness"),
    ("thumb twitching, and by the third client the scissors slip in my hand", "weakness"),
    ("hand twitching and I couldn't get the wheel nuts tight with the wrench", "weakness"),
    ("foot twitching, and the front of the foot felt lazy and caught the pedal", "weakness"),
    ("calf twitching and he couldn't get himself up out of the bath, his legs wouldn't push "
     "him up", "weakness"),
    # a face that droops with numbness is an emergency
    ("Now half my face feels numb and my smile looks lopsided", "urgent"),
    # bladder control lost, a warning sign feared
    ("I have to rush to the toilet and I've had a couple of accidents, and my thigh twitches",
     "other_symptoms"),
    ("my eyelid twitches and I'm worrying it's a warning sign", "fear"),
    # the whole of one side
    ("Magnesium Not Helping, Whole Left Side Twitching", "spreading"),
    # a medicine as some Englishes call it
    ("Asthma pump making my hands twitch?", "medicine"),
    # a heart that flutters, strength that falls at the gym, a span "ages ago"
    ("calves twitch at night, plus my heart sometimes does this fluttery skipping thing",
     "other_symptoms"),
    ("my calf twitches and my heart does a sort of flip-flop and then races", "other_symptoms"),
    # signs said softly, in the words of the day
    ("Thumb twitches a lot. Past few weeks I've dropped two pans which never happens",
     "weakness"),
    ("Dad's arm has been twitching and he's started speaking a bit slower", "speech"),
    ("my eyelid twitches and the lid won't fully close at night", "numbness"),
    ("By Friday the kids say I sound a bit drunk, and my eyelids twitch", "speech"),
    ("my eyelid twitches and sits a bit lower by the end of the day", "other_symptoms"),
    ("my eyelid twitches and I've seen double a couple of times", "other_symptoms"),
    ("my tongue twitches and swallowing my vitamins has got a bit harder", "swallowing"),
    ("I've cut down to 2 coffees but my thumb still goes. Swallowing's been a bit off too",
     "swallowing"),
    ("her hand twitches and she spluttered on every sip of her tea", "swallowing"),
    ("her hand twitches and she needed ages to get her toast down", "swallowing"),
    ("B6 For Twitching (Not Worried About ALS, Mostly)", "fear"),
    ("Which is better for cramps, potassium or magnesium? Had them a month now", "duration"),
    ("Lip twitching, now half my face is numb", "urgent"),
    ("Tongue twitching and food going down wrong way", "swallowing"),
    ("Twitchy And Stiff Legs, Like Walking Through Mud", "weakness"),
    ("twitches in my right pec and my bench has been dropping every week", "weakness"),
    ("my chest looks uneven now and my pec twitches", "weakness"),
    ("twitchy calf since the Great North Run, I know that's ages ago now", "duration"),
    # said as the asker feels it, with no body part, a sign still counts
    ("i feel weak and numb all the time", "weakness"),
    # a task that fails, or is harder on one side; a smile that does not rise
    ("what causes twitching in the hand and not being able to grip a pen?", "weakness"),
    ("my thumb twitches and my fingers just won't keep up when I type", "weakness"),
    ("shoulder twitches and lifting boxes overhead is harder on that side", "weakness"),
    ("my cheek twitches and when I smiled that side of my mouth didn't go up", "numbness"),
    # the room that spins, a sick feeling, a stutter, a header, a crash
    ("my cheek twitches and then the room tilts and spins", "other_symptoms"),
    ("did a header in football and now my neck twitches and I feel sick", "other_symptoms"),
    ("Twitching Arms After A Car Accident", "other_symptoms"),
    ("I've developed a stutter and my face twitches when I try to talk", "other_symptoms"),
    # an illness described, not named, or misspelt; paydays counted by their place
    ("my uncle had that illness where your muscles waste away, my arm twitches",
     "fear"),
    ("Brain tumer symptoms eye twitching", "fear"),
    ("Second payday since this started and my calf is still twitching", "duration"),
    ("legs twitching and I can barely lift my left foot off the floor, it kind of drags",
     "weakness"),
    # a fear still felt beside a clear test, or back again; a sign asked of and not denied
    ("had an MS scare but the MRI was clear and I'm still terrified, my calf twitches", "fear"),
    ("my bloods came back normal but I'm convinced it's ALS, my calf twitches", "fear"),
    ("I'm not worried about the twitch, but is it ALS?", "fear"),
    ("my tongue twitches and I can't say my s's properly anymore", "speech"),
    ("Weak? Yes, my hand has been weak since Monday and it twitches", "weakness"),
    ("my legs twitch and my grip is weak, which is expected at my age?", "weakness"),
    # ... or a sign back again, or a past not its own
    ("I fainted in 2015 and again yesterday, my calf twitches", "unconscious"),
    ("My wife says my speech sounds drunk in the evenings, but I don't drink, I gave up 20 "
     "years ago. My shoulder twitches", "speech"),
    ("his legs feel weak going up the stairs at school and his thighs twitch", "weakness"),
    # the condition of the one who twitches is still beside the twitch
    ("my mum is on tablets for her heart and kidneys and lately her arms twitch",
     "other_symptoms"),
    # what the body does, told with no twitch or body part: the asker's, or someone's
    ("Potassium Foods? Grip's Been A Bit Off Lately", "weakness"),
    ("Which B12 Brand? Grip Going In Right Hand", "weakness"),
    ("the twitchy muscle in my upper arm feels kind of tired and useless when i hang "
     "washing up", "weakness"),
    ("my calf twitches and my left hand is useless since tuesday", "weakness"),
    ("My right calf has been twitching. I can't go up onto my tiptoes on the right foot",
     "weakness"),
    # a daily task grown harder, said of no one: the asker's
    ("Best Magnesium For Leg Cramps? Stairs Getting Harder", "weakness"),
    ("Vitamin D dose, struggling to lift the kettle", "weakness"),
    ("Shoulder twitching, can't reach top shelf, protein timing?", "weakness"),
    # a part that opens a headline with a sign of its own is the asker's, whatever else
    # the headline's words could mean ("tires")
    ("Coffee Cutback Advice, Arm Tires Blow-Drying Hair", "weakness"),
    ("Cramps, twitching and constant thirst lately, what electrolytes am I missing?",
     "other_symptoms"),
    ("Low Vitamin D Result, Now Twitching And Bone Pain", "other_symptoms"),
    # older askers' words: legs that won't carry, words in the wrong order, a misspelt pill
    ("Mum is 88. She says her legs just won't carry her some days and her thighs flicker",
     "weakness"),
    ("he started talking nonsense for a minute, the words in the wrong order, and the left "
     "side of his face was twitching", "speech"),
    ("New blood presure pill, now my legs spasm", "medicine"),
    ("Fasciculations All Over At 68 - Worried", "spreading"),
    # a choke at a meal, told of someone
    ("Flatmate choked at dinner, twitchy neck muscles", "swallowing"),
    # chewing that tires, a tiptoe that is a struggle
    ("my jaw has been twitching and by the end of a meal my jaw muscles feel too tired to "
     "chew properly", "weakness"),
    ("I'm struggling to stand on tiptoe on my left leg and the left calf twitches a lot",
     "weakness"),
    # a lid that will not open, twitches that move about
    ("Eyelid half shut by evening, arm twitching??", "numbness"),
    ("Twitches Moving All Around My Body", "spreading"),
    # a stroke of one's own before the twitch
    ("after my stroke my hand twitches, normal?", "other_symptoms"),
    ("I had a stroke last year and now my calf twitches", "other_symptoms"),
    ("grip has got weaker, what has magnesium", "weakness"),
    ("his grip has got weaker, potassium?", "weakness"),
    ("are twitchers more likely to have ALS", "fear"),
    # strength told by what it lifts, what it misses, or what it could do before
    ("Low potassium behind forearm flickers and a heavier-feeling kettle?", "weakness"),
    ("Twitchy cheek, that side feels heavy. Magnesium?", "weakness"),
    ("Tray Feels Heavy, Arm Keeps Twitching", "weakness"),
    ("Buttons fiddly now and thumb twitches, potassium?", "weakness"),
    ("hand twitches and my little finger keeps missing the keys, caffeine?", "weakness"),
    ("my left hand feels slower than my right and the thumb twitches", "weakness"),
    ("calf twitching and I keep catching my toe on the kerb", "weakness"),
    ("He can't get out of his chair like he could a couple of months ago and his thighs "
     "are jumping", "weakness"),
    ("bicep twitching, the strength loss on that side worries me", "weakness"),
    ("my arm feels like it's dragging in the water and twitches after swimming",
     "weakness"),
    ("My arm twitches and feels sort of not mine, like it's half asleep", "numbness"),
    ("Dad's face twitching and his words are jumbled", "speech"),
    ("nan twitching all over and she is breathing fast", "breathing"),
    ("calf twitching and my ankles swell by evening", "other_symptoms"),
    ("thumb twitching, the tips of my fingers on that hand feel kind of fizzy too",
     "numbness"),
    ("thigh twitches. Walking up the stairs at work has got harder the last while",
     "weakness"),
    ("calf twitches and my foot has been slapping the ground a bit when I walk",
     "weakness"),
    # headlines: a daily thing handled, a doing with no subject, a symptom joined to the
    # twitch, said of no one, are the asker's
    ("Kettle Feels Heavy Lately, Low Potassium?", "weakness"),
    ("Arm twitch, and it's heavy lifting the kettle, vitamin D?", "weakness"),
    ("Twitchy calf, and stairs suddenly feel harder, potassium?", "weakness"),
    ("my left hand struggles with shirt buttons now and the forearm twitches", "weakness"),
    ("forearm twitching, I'm dropping screws more than usual", "weakness"),
    ("forearm twitching and my grip on the drill feels off", "weakness"),
    ("Bananas enough? Buttons feel fiddly lately.", "weakness"),
    ("Best Potassium Foods When Your Grip Feels Weak", "weakness"),
    # chewing that tires, a rail that must be held, stairs grown hard, a fever in short
    ("Vitamin D dose? Chewing has got so tiring lately", "weakness"),
    ("my jaw twitches and chewing a steak gets tiring", "weakness"),
    ("legs jumping for a week, now I have to hold the rail on the staircase", "weakness"),
    ("climbing the stairs has got really hard, thighs twitch", "weakness"),
    ("Running a temp on and off all week and my calves twitch", "other_symptoms"),
    # a feeling that opens a headline of no one's and keeps coming back or stays
    ("Tingling Keeps Coming Back For No Reason", "numbness"),
    ("Numbness Every Morning In My Hands, B12?", "numbness"),
    ("What To Eat When Your Grip Feels Weak", "weakness"),
    ("Potassium for twitching, keep catching toes on kerbs", "weakness"),
    ("Can Magnesium Fix Twitches And Dizzy Spells?", "other_symptoms"),
    ("Woke up drenched again with twitchy calves, magnesium low?", "other_symptoms"),
    ("Dead Patch On My Thigh Plus Twitches, B12?", "numbness"),
    ("Does magnesium citrate work faster? My twitchy finger keeps hitting the wrong keys.",
     "weakness"),
    ("is oat milk enough calcium for someone whose twitchy face feels stiff on one side",
     "weakness"),
    # strength told by the sport: a stroke that dies, a grip gone, holds not kept, legs
    # with nothing in them, an ankle that turns on the flat, stairs hauled up
    ("now my forearm twitches and my backhand just dies halfway through a rally, "
     "electrolytes?", "weakness"),
    ("my left forearm twitches on rest days and my grip has gone on that side, potassium?",
     "weakness"),
    ("my forearm twitches and my pouring hand won't hold the jug steady", "weakness"),
    ("my legs just don't have it when I stand on the pedals and my quad twitches",
     "weakness"),
    ("My calf has twitched on and off and my ankle keeps rolling on flat pavement, what "
     "food stops twitching?", "weakness"),
    ("My quad twitches and the stairs at work have got hard lately, I'm hauling myself up "
     "on the rail. What's a good potassium food?", "weakness"),
    ("Dad is 83 and can't get out of his armchair like he used to, and now his thighs are "
     "twitching", "weakness"),
    # handwork gone fiddly, a part wrapped as in cling film, a limb that feels dead
    ("Knitting Got Fiddly, Thumb Twitching, B12?", "weakness"),
    ("a patch on my shin feels like it's wrapped in cling film and the calf above it "
     "twitches", "numbness"),
    ("Drinking more water but my arm twitches and feels dead", "numbness"),
    # a foot that snags, its side said
    ("I keep catching my right toe on the pavement and my shin twitches", "weakness"),
    # a fine task gone fiddly or awkward, a jaw worn out by chewing
    ("Little twitch in my bicep and buttoning shirts has got fiddly, just need sleep?",
     "weakness"),
    ("my thumb twitches and turning the key in my front door has become awkward with that "
     "hand", "weakness"),
    ("a twitch in my jaw since Saturday, and chewing a steak actually wore my jaw out",
     "weakness"),
    ("my hand twitches and I'm struggling with fiddly things like hair bobbles", "weakness"),
    # an ability stopped, clothes not done up, fingers that will not click
    ("my mum's hand twitches and she's stopped being able to knit", "weakness"),
    ("can't do my bra up anymore, shoulder twitches, magnesium?", "weakness"),
    ("my thumb twitches and I can't click my fingers on that hand anymore", "weakness"),
    # breath told as puffing; words mumbled or forgotten
    ("I'm puffing like an old man on the stairs and my chest muscles twitch", "breathing"),
    ("grandad's eyelid twitching and he's been mumbling his words this week", "speech"),
    ("twitching eyelid and I keep forgetting words mid sentence", "other_symptoms"),
    # a part that feels like a thing
    ("Cardboard-feeling shin and a twitchy calf. Low potassium?", "numbness"),
    ("my feet feel like they're in thick socks and my calves twitch, would B12 help?",
     "numbness"),
    # a task that feels like a climb, a tool that has become a struggle
    ("Twitching, and stairs feel like a mountain, potassium?", "weakness"),
    ("This autumn the shears have become a real struggle in my right hand, and the muscle "
     "at the base of my thumb flickers", "weakness"),
    ("calf twitching, and my legs feel a bit rubbery on the stairs", "weakness"),
    # skin that feels dull to the touch, or not one's own
    ("a patch on my thigh feels dull when I touch it and the muscle under it twitches",
     "numbness"),
    ("my forearm twitches and the skin there is like not quite my skin", "numbness"),
    # the worst thought of, not the worst had
    ("my mind went straight to the worst with this calf twitch", "serious"),
    ("always assuming the worst, eye twitch 2 days now", "serious"),
    # a head that swims or spins, feeling woozy
    ("my head is swimming and my eyelid twitches", "other_symptoms"),
    ("calf twitching, head spins when i stand up", "other_symptoms"),
    ("eye twitch and feeling woozy all afternoon", "other_symptoms"),
    # a fear pointed at what is told with "these"
    ("Are These The First Signs Of ALS? Be Honest.", "fear"),
    # a twitch told as severe, by its strength or its pain
    ("twitch in my calf is so strong it wakes me up and it hurts, what do i do", "worsening"),
    ("painful eyelid spasm for two days", "worsening"),
    ("my twitches hurt, which mineral?", "worsening"),
    # a fit told as a fit of some kind, or by the confusion after it
    ("my whole arm jerked for a minute, then I felt tired and confused for an hour "
     "afterwards. Just the coffee?", "unconscious"),
    ("had some sort of fit at the pub, my arm was jerking", "unconscious"),
    ("went dizzy and woke up on the floor, out for maybe thirty seconds, legs twitching",
     "unconscious"),
    # a hand that fails at what it managed, skin that feels far off or dull
    ("Guitarist here. My ring finger twitches after practice and this week it won't land "
     "chords it used to manage fine. Could coffee do that?", "weakness"),
    ("Calf twitching at night, and the outside of that shin feels sort of far away when I "
     "rub it. Would a banana help?", "numbness"),
    ("Thigh Twitch, Dull-Feeling Patch Of Skin - Vitamin D?", "numbness"),
    # a twitch's age said before it, a swallow that has felt awkward, a heart that races
    ("Magnesium For A Six-Week Eyelid Twitch?", "duration"),
    ("My jaw flickers and swallowing has felt a bit awkward this week, should I quit "
     "coffee?", "swallowing"),
    ("I've had a racing heartbeat at night this week and my thigh twitches", "other_symptoms"),
    # damage feared of one's own nerves
    ("are my nerves damaged, my calf twitches", "fear"),
    # a headline with no subject said is the asker's own
    ("Can't Open Jars Anymore, Would Potassium Help?", "weakness"),
    ("this week I can barely hang on the pull-up bar for five seconds", "weakness"),
    # legs unsure on the stairs
    ("on 500mg magnesium for a week and now I feel wobbly going up the stairs", "weakness"),
    # a twitch that wanders or travels
    ("Vitamin D Dose For Twitches That Keep Wandering?", "spreading"),
    ("the twitch wanders from my calf to my thigh", "spreading"),
    ("twitches popping up all over the place, is it magnesium?", "spreading"),
    # skin that feels dead, or far away
    ("Twitchy shin and the skin feels dead, B12?", "numbness"),
    ("my lip twitches and the corner of my mouth feels dull and far away when I touch it",
     "numbness"),
])
def test_signs_in_the_words_of_what_is_seen(bot: Assistant, question: str, sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize("question", [
    "i keep dropping things off at my mums and my eye twitches",
    "dropping the kids off at school and my eyelid twitches",
    "the left one is fine, only the right eyelid twitches",
    "I take a water bottle everywhere now and my calf still twitches",
    "my heart of hearts says the eyelid twitch is stress",
    "does low magnesium cause twitching? what are the symptoms of that",
    "folic acid tablets for my twitchy eye?",
    "my eye twitches when I read on my tablet at night",
    "a flicker by my belly button, it started back before the weekend",
    "twitching in my upper belly, just under the ribs, since friday",
    "my eyelid twitches at tax time, should I eat magnesium-rich foods all year round",
    # a body's sign words said of no body: money, baking, boredom, a dentist's injection
    "Weak euro this week, good time to book Spain?",
    "Cookies spreading too much in the oven. Is it too much butter?",
    "Bored numb at work, how do I ask for a raise",
    "Numb feeling after a dentist injection, how long does it last",
    # a longing, a stubbornness, a blank mind, a skill lacking
    "im dying to know what has magnesium, my eye twitches",
    "my eye twitches and im dying for a coffee",
    "dad won't go to the doctor unless he's dying, his calf twitches",
    "my mind went blank in the exam and my eyelid twitched",
    "I'm useless at this kind of thing, how much B6 does my dad need, his thumb twitches",
    # the weather, and an action weighed
    "my calf cramped after the walk, it was a cold but sunny day",
    "is it bad to take magnesium every day, my eye twitches",
    # weariness, a lifelong stammer, a header as a heading
    "my eye twitches and honestly I feel sick of it, what foods have magnesium",
    "I've always had a stutter, and my eyelid twitches when I'm tired",
    # a sign's word said of a supplement, an afternoon; someone else's condition
    "my calf twitches and my sister says the cheap magnesium is useless",
    "glycinate, citrate, oxide is apparently useless, my calf twitches, which to take",
    "three coffees, a fourth if the afternoon drags, and my eyelid flickers",
    "My mum had osteoporosis and broke her wrist. My left eyelid flickers, which foods have "
    "calcium?",
    # explained away just after: a laugh, a choice, what exercise is for, another cause
    "That yoga video had me breathless with laughter. Does yoga help with stress twitches?",
    "Choked on my coffee laughing at my son. Can coffee make an eyelid twitch?",
    "Lost 9 kg on purpose this year and now my calves twitch after the gym",
    "Ten hill sprints, out of breath after each one, that's the point. Hamstrings twitch after",
    "Double vision is what I get after eight pints, not the issue here. Do electrolytes help "
    "twitching?",
    "My grandad had Parkinson's (totally different thing, I know, I'm not asking about that). "
    "He swore by a banana for leg cramps. Is that actually a thing?",
    "I can't really feel a difference with magnesium, eyelid still twitches",
    "Leeds to London on the 23rd of December and the prices are eye-watering, cheapest way?",
    # signs asked of and answered "no"; strength said to be unchanged
    "Head knock? No. Dizzy? No. Weak? No. Just a twitchy eyelid before my wedding, nerves?",
    "Grip's as strong as ever and I can beat my son at arm wrestling, my forearm flickers",
    # a fear settled, or a worry about an event
    "Had an MS scare in the spring but the MRI was clear and the twitching's gone. Foods for "
    "B12?",
    "I had an MS scare last year but the neurologist cleared me. Is stress a twitch trigger?",
    "Not worried about ALS any more, I promise. Do bananas stop twitching?",
    "I'd convinced myself it was Parkinson's but the consultant said it's my 6 espressos. How "
    "does caffeine make muscles twitch?",
    "Terrified of my driving test tomorrow and my thumb keeps flickering, nerves?",
    "Panicking about my finals, not my health lol. Eyelid jumping since Sunday, what helps?",
    # signs denied as "nothing's", an engine's stutter
    "my eyelid twitches, nothing's weak, nothing's numb, what helps?",
    "car engine twitches and stutters at idle, what could it be",
    # a sign of the body long past, or a drink to blame for it
    "Had a funny turn in 2015, fainted at a concert, nothing since. My feet cramp, calcium?",
    "passed out as a teenager once, now my calf twitches after runs, which foods help?",
    "slurred my words at my brother's wedding on saturday but that was the prosecco. sunday my "
    "calf twitched, can booze do that?",
    # a carer lifting someone, bones grown thin, eye drops, a cold house
    "My husband went into a nursing home this week, I couldn't lift him any more, and my "
    "eyelid has twitched since",
    "I'm 73, the bone scan says my bones are thinner than they should be, my calf twitches",
    "Can a cold house make your muscles twitch? I'm 80. Is it the cold or something else?",
    # a stroke that is no illness, or someone else's
    "after a stroke of luck at the bookies my eye twitches lol",
    "shoulder flickers after butterfly stroke sets",
    "my uncle had a stroke last year, my own calf twitched yesterday after carrying a wardrobe",
    # a workout of the whole body, light given out, a number creeping up
    "three full body sessions a week and my calf twitches after, what should I eat",
    "Why does each metal give a different flame? Electrons jumping and giving out light?",
    "my long run is creeping up towards 16 miles and my thighs twitch after",
    # useless said of a doctor or a sibling; a diet's "flu"
    "is there a site where I can read more about muscle spasms? My doctor was useless lol",
    "my brother who is useless left me the house to sort and my eyelid twitches",
    "Started keto ten days ago and my calf twitches at night. My brother-in-law says it's "
    "the keto flu and I need electrolytes. Which ones?",
    # a faculty asked about in general, not told of anyone
    "can low magnesium cause a weak grip",
    "does low potassium affect your balance",
    # an illness's letters or name in other senses
    "How do I renew my ALS paramedic certificate",
    "Is An MS In Nutrition Worth It?",
    "Parkinson's Law: how do I stop stretching tasks out?",
    "ALS Ice Bucket Challenge - What Year Was It?",
    # a tablet dropped into a drink; a person of no use without coffee
    "my quad twitches after futsal. My mate swears by those fizzy electrolyte things you drop "
    "in your bottle. Should I use them?",
    "Since Monday my right eyelid has been twitching. I'd rather not give up coffee because "
    "I'd be useless. How much is too much?",
    # the birdwatchers' twitchers, and an emergency in another sense
    "My brother-in-law is a proper twitcher and drives to Norfolk for a rare warbler like "
    "it's an emergency. Where does the word come from?",
    "my eyelid twitches when i'm breathing fast after a run, normal?",
    "what words are funny to say",
    "i can't eat spicy food like i used to, eyelid twitch",
    "does sweating drain magnesium",
    "My upper lip has been twitching since Wednesday, feel fine. Could the fizzy drinks be "
    "doing it?",
    "Vitamin D foods? Stuck indoors all winter",
    "can magnesium help twitching and cramps",
    "stairs feel harder after leg day, what should i eat for recovery",
    "my grip on the bar feels good now, magnesium helped",
    "Stairs are a killer at my gym, what do i eat for energy",
    # tired, not a limb gone dead
    "I feel dead tired and my eye twitches",
    # a habit not kept up as before is no strength lost
    "I can't get to sleep like I used to and my eye twitches",
    # puffing on a vape, an ability never lost
    "I keep puffing on my vape and my eye twitches",
    "I stopped drinking coffee and my eye still twitches",
    # weak said of a product, rubbery of a dish, hearing as being told
    "switched to pouches, the weak ones did nothing, now my eyelid twitches after one",
    "I'm terrified of serving something dry or rubbery. How long should I bake salmon?",
    "I keep hearing potassium matters for muscles, which foods have it?",
    # the worst had, not feared
    "Honestly this has been the worst month, moving house, and since Tuesday my eyelid "
    "flutters. Is this just my body telling me to calm down?",
    # a relative's illness beside a nutrient asked about, nothing of the asker's said
    "My dad was diagnosed with Parkinson's last year. Which foods are good for potassium?",
    # a twitch said not to be severe, and a cramp's pain
    "the twitching isn't severe, just annoying",
    "my eye twitch doesn't hurt, what causes it?",
    "the twitches in my thigh are not painful",
    "my calf cramps hurt at night, what helps",
    # a fit of anger or coughing, confusion over a choice, someone not answering
    "had a coughing fit and my eye twitched",
    "I'm confused about which magnesium to take for my twitching eye",
    "my son wasn't answering me so I texted, anyway what foods have magnesium",
    # a mind that wanders, skin's look, money wasted, the asker moving about
    "my mind keeps wandering at night and my eye twitches",
    "my spots keep popping up all over my chin, is it zinc?",
    "I was out for 30 minutes walking and my calf twitched",
    # a mind dulled by meetings; a supplement's span, not the twitch's
    "My brain goes completely numb in our standups and my eyelid flutters, magnesium?",
    "I've been taking magnesium for 3 weeks and my eye twitch is better",
    # waiting anxiously, and a holiday far off
    "On pins and needles waiting on my exam results and now my eye twitches, is it stress?",
    "the holiday feels so far away, eyelid twitching from stress",
    "my skin feels dull and dry in winter, vitamin d?",
    "My friend says I should eat more fruit instead of wasting money on pills. Is it worth "
    "buying the supplement?",
    "my lower back is stiff and sore, better when I'm moving about, heat or ice?",
    # weak of will, weak drinks, numb with tiredness, a spread of food
    "I'm weak-willed with coffee, about 5 cups a day, and my lower lid twitched last night",
    "I'm weak when it comes to the biscuit tin and my right eye has been fluttering",
    "I switched to weak green tea to calm my twitchy eyelid, is that enough caffeine?",
    "Felt numb with exhaustion after a 14 hour shift and then my eyelid started jumping",
    "I want a proper spread, a Stilton and a cheddar. How much cheese should I buy?",
    # a past twitch, 'one' of them, is no count of years
    "since Wednesday my eyelid has been doing a little dance. I had the odd one years ago "
    "and it went. Anything to settle it?",
    # a relative's illness the asker says is not their worry, a scare a doctor settled
    "My nan had motor neurone disease, but I'm not worried about myself. My eyelid twitch "
    "only shows up in exam season. Is it the caffeine or the lack of sleep?",
    "Last spring I convinced myself my thumb twitch was Parkinson's and the GP examined me "
    "and said it was nothing. It's back for a few days since a new job. Is there a vitamin "
    "that helps?",
    # a face that falls at news, a room made dark, goods seized, a plant that wilts, a numb
    # behind from a long drive, names too hard to say, a phone that goes unanswered
    "my face dropped when i saw the price of magnesium tablets in Boots lol. which foods "
    "have it",
    "Blacked out my bedroom so I sleep better. Will more sleep actually stop the twitches?",
    "What does asset seizure mean in a divorce",
    "My peace lily is drooping even after watering??",
    "Drove six hours yesterday and got out with a numb bum. I've been twitchy all evening, "
    "why would that happen?",
    "My dad is 70 and takes eleven different tablets (a statin, a water tablet, and more I "
    "can't pronounce). Is there an app that organises medication times?",
    "my son texted me and now he won't answer me",
    "my eyelid is jerking and I can't make it stop",
    "I dropped to the floor to do press ups and my arm twitches",
    # a fitting that is clothes', a child wriggling
    "my dress fitting took 30 minutes and my eyelid twitched the whole time",
    "the baby keeps wriggling, my eyelid twitches from no sleep",
    "this eye twitch won't shut up",
    "breathless laughing at the telly and my eye twitches",
    # tiredness, not a limb asleep; a tingle that passed with its cause
    "I feel like sleeping all day and my eyelid twitches",
    "Tingling in my foot after sitting on it, gone in a minute. Eyelid twitch normal?",
    # a temporary worker, not a fever
    "I'm a temp at a warehouse and my calf twitches",
    # a sore head after a party says no headache of its own
    "sore head after the party and my eye twitches, water?",
    "I keep saying the same words over and over in my head when I'm anxious and my eye "
    "twitches",
    # a sign explained away by a posture, pointed back to later in the story
    "Sat cross-legged on the floor at my nephew's party for ages and when I stood up my foot "
    "was completely tingly and dead. It came back after a couple of minutes and has been "
    "totally fine since. Then that evening my calf started twitching a bit. Is the twitch "
    "anything to do with the pins and needles, or more likely all the wine?",
    # ... or told as gone in so long, or as gone dead while so posed
    "Sat cross legged doing a jigsaw for an hour, foot went numb and tingly, passed in a few "
    "minutes. Now my calf's a bit twitchy. Anything I should do?",
    "Foot went dead sitting cross legged. Toes twitching?",
    "Leg goes dead when I sit cross legged, calf twitches after",
    # no answer from a thing or to an email, a plant that droops, a team that chokes
    "I can not respond to every email, my eye twitches",
    "my laptop will not wake up and my eye twitches",
    "My basil is drooping. Overwatered?",
    "why do England always choke on penalties",
    "I don't want to start taking loads of pills, which foods have magnesium",
    # a fit of laughing, or one thrown at a bill, is no seizure
    "Had a fit of giggles and my eye twitched",
    "mum will have a fit when she sees the bill, my eye twitches",
    # a face's shape that has always been so
    "My Smile Has Always Been Lopsided. Can Stress Make My Cheek Twitch?",
    "lopsided smile my whole life, eyelid twitching lately",
    # a thigh given a dead leg, a funny bone knocked, a chip that went down wrong giggling
    "Dead leg off my brother lol, stretches for leg cramps?",
    "had a rugby knee to the thigh saturday, dead leg but fine now. Is magnesium ok nightly",
    "Chip Went Down Wrong Giggling, Fine. Chocolate For Magnesium Myth?",
    # a foot asleep in a pose, legs gone to jelly after a session for them
    "Foot Went Dead Crosslegged, Fine Now, Magnesium Foods?",
    "Did heavy squats Saturday and my legs are jelly today, what helps them recover",
    "Wobbly Legs After Deadlifts, Need Electrolytes?",
    # a side of a part is that part, one place
    "the back of my thigh has a little twitch every now and then",
    "twitch in the ball of my foot, then the top of my foot",
])
def test_look_alikes_of_those_signs_are_none(bot: Assistant, question: str) -> None:
    assert read(bot, question).signs == ()


@pytest.mark.parametrize("question, urgent", [
    # weakness that came and went is sudden; a wish to be back to normal is not
    ("his arm went weak for a minute, then back to normal. his arm twitches", True),
    ("my calf twitches and I can't go up onto my tiptoes on that foot. What should I take "
     "to get the calf back to normal before my next trip?", False),
])
def test_weakness_back_to_normal_came_suddenly(bot: Assistant, question: str,
                                               urgent: bool) -> None:
    signs = read(bot, question).signs
    assert "weakness" in signs and ("urgent" in signs) is urgent


@pytest.mark.parametrize("question", [
    # a sign's words in everyday senses: cutting back, a liking, an organisation, an idiom
    "If I keep dropping my caffeine slowly will the twitching ease off?",
    "Dark chocolate is my weak spot, does it actually have magnesium in it?",
    "My biggest weakness is chocolate and my eyelid twitches",
    "at mile 10 my right calf cramped so hard I had to stop and stretch it, what helps?",
    "I have a real weakness for crisps and my eyelid twitches, is it the salt?",
    "I volunteer for an MS charity and my eye twitches",
    "8 hours of back to back MS Teams calls and my eye is twitching like mad",
    "I'm choking down five coffees a shift on nights and my eye twitches",
    "Weaker coffee = less eye twitching. Coincidence?",
    "spreadsheets all day, my brain goes numb by lunch and my eyelid twitches",
    "mind numbing night shifts and a twitchy calf, is it the coffee",
    # a plan's second week has not lasted two weeks
    "week two of marathon training and my calf twitches after long runs",
    # a medicine taken or stopped long ago
    "I took sertraline for a year when I was at uni. My eye has twitched since Monday",
    "came off my antidepressants years ago, now my calf twitches after the gym",
    # a move of house is no spread
    "I've just moved to Leeds for work and my eyelid twitches",
    # food named before a word of sticking, but not stuck
    "Vitamin D Foods For Someone Stuck Indoors All Winter",
    # a jar opened with no trouble
    "my thumb twitches. I opened a jar of pickles last night no problem.",
    "my eye twitches, i can talk clearly",
    # the journey home, not a back that twitches too
    "I take the train in and the same back, and my knee flickers",
    "dropping my son off at school and my eye twitches",
])
def test_sign_words_in_everyday_senses(bot: Assistant, question: str) -> None:
    assert read(bot, question).signs == ()


@pytest.mark.parametrize(("question", "audience"), [
    ("preggo and my bum muscle twitches lol", "pregnancy"),
    ("my staffie twitches in his sleep", "animals"),
    ("Calcium Needs For Teenage Girls", "children"),
])
def test_more_ways_of_naming_an_audience(bot: Assistant, question: str, audience: str) -> None:
    assert read(bot, question).audience == audience


@pytest.mark.parametrize(("question", "sign"), [
    # an effort, as it is said
    ("tongue flickering and I've had a job swallowing my pills this week", "swallowing"),
    ("throat twitches and my tablets keep getting stuck", "swallowing"),
    # breath short on a climb
    ("chest muscle twitching, and I get winded climbing to the first floor", "breathing"),
    # heat not felt with the hand that twitches
    ("fingers twitching, and I couldn't tell if my tea was hot with that hand", "numbness"),
    ("my toes twitch and I can't tell whether the bath is warm with that foot", "numbness"),
    # an eye that closes by itself, food the lips no longer hold
    ("eyelid twitch, and now the eye shuts on its own when I'm reading", "other_symptoms"),
    ("lip twitching and tea dribbling down my chin", "other_symptoms"),
    # checking oneself for the sign one fears
    ("I keep checking my grip because my hand twitches, should I be scared", "fear"),
    # words for numbness in Malay and Tagalog, a medicine for malaria, a twitch here and there
    ("thumb kebas and twitching", "numbness"),
    ("started malaria tablets for my trip and now my calf twitches", "medicine"),
    ("since my chloroquine course my arm keeps twitching", "medicine"),
    ("my arms are twitching here and there all day", "spreading"),
    # a nutrient's tingling said of the hands
    ("is my b complex enough for b12 tingling in my feet? bloods were low", "numbness"),
])
def test_signs_told_in_passing_or_by_what_they_stop(bot: Assistant, question: str,
                                                    sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize("question", [
    "my eye twitches when I put my contact lenses in and it shuts tight",
    "the milk leaks out of the carton and my eye twitches",
    "I had a job interview and my eye twitched all the way through",
    "I keep checking the weather because my knee twitches when it rains",
    "my calf twitches, I put things here and there and forget them",
    "my coffee is weak and my eyelid twitches",
    "I'm falling off the wagon with coffee and my eye twitches",
    "my protein shakes taste awful and my calf twitches",
    "I spilled coffee on my laptop and my eye twitches",
    "she asked me to carry the shopping in and my calf twitched on the way",
    "I keep forgetting to take my magnesium and my eyelid twitches",
    "my shoes come in a box of two and my calf twitches",
    "the meeting went the wrong way and my eye twitched all afternoon",
    "I took a day off to the head office and my eye twitches",
    "the toothbrush head is hard to change and my eye twitches",
    "I mumble through the morning until my coffee, and my eye twitches",
    "the new taps look double the price, my calf twitches anyway",
    "I wrapped a towel around my body after the swim and my calf twitched",
    "my shoulder twitches for ages after a heavy set",
    "I paid the physio by the hour and my calf still twitches",
    "the kids have gone to sleep at last and my eyelid twitches",
    "I've gone lazy about stretching and my calf twitches",
    "I saw two of my mates at the gym and my bicep twitched",
])
def test_everyday_twins_of_the_signs_told_sideways(bot: Assistant, question: str) -> None:
    assert read(bot, question).signs == ()


@pytest.mark.parametrize(("question", "audience"), [
    ("our kelpie's leg twitches after a long day", "animals"),
    ("my blue heeler twitches in her sleep, is that normal", "animals"),
    ("buntis ako, leg cramps at night normal ba", "pregnancy"),
    ("26 weeks preggy and my leg cramps every night, which foods help", "pregnancy"),
    ("hamil 5 bulan, kaki kejang at night", "pregnancy"),
])
def test_audiences_in_more_words(bot: Assistant, question: str, audience: str) -> None:
    assert read(bot, question).audience == audience


def test_a_muscle_located_by_a_part_is_that_parts_place(bot: Assistant) -> None:
    assert read(bot, "a twitch in the muscle under my eye").places == {"eye"}
    assert read(bot, "a twitch in my arm, up near the shoulder").places == {"arm"}


@pytest.mark.parametrize(("question", "sign"), [
    # what a partner, a child or a colleague sees from outside
    ("Brother Twitchy Since Falling Off The Scaffolding", "other_symptoms"),
    ("mum takes forever to eat her dinner now and her chin twitches", "swallowing"),
    ("Grandad (79) can't get out of the armchair and his thighs flicker", "weakness"),
    ("uncle walking like he's drunk when he's not, calves twitching", "other_symptoms"),
    ("my wife's forehead does not wrinkle on the left and her eyelid twitches", "numbness"),
    ("her handwriting has gone shaky and her thumb keeps twitching", "other_symptoms"),
    ("dad keeps spilling his coffee and his wrist flickers", "weakness"),
    ("he handed me the milk bottle to open and his forearm twitches", "weakness"),
    ("husband started the little white tablets for his nerves, now his calf jumps", "medicine"),
    ("my face twitches and my smile is lopsided, it only just started", "urgent"),
    ("kaki kiri kedutan terus, stroke ka?", "emergency_asked"),
])
def test_signs_seen_from_outside(bot: Assistant, question: str, sign: str) -> None:
    assert sign in read(bot, question).signs


def test_a_hand_that_shakes_in_a_conversation_about_twitching_leads_to_care(
        bot: Assistant) -> None:
    chat = bot.conversation()
    chat.ask("whats the difference between a twitch and a cramp")
    assert chat.ask("my hand also shakes when i hold a cup now").intent == "seek_care"


@pytest.mark.parametrize(("question", "sign"), [
    ("Brother Keeps Losing His Slippers When He Walks, Calf Twitching", "weakness"),
    ("mum slipped on the stairs last week and her arm has flickered since", "other_symptoms"),
    ("took a cricket ball to the head on saturday, eyelid twitching since", "other_symptoms"),
    ("got knocked out in a tackle, now my shoulder twitches", "urgent"),
    ("calf twitching for days and I'm convinced it is neurological", "fear"),
    ("neck twitching and my throat feels like it is closing", "breathing"),
    ("dad's trousers hang off him now and his arms twitch", "other_symptoms"),
    ("his words have been sounding thick and his cheek twitches", "speech"),
    ("wife's voice has gone croaky and her neck flickers", "speech"),
    ("gran talks through her nose lately and her tongue flickers", "speech"),
    ("tea came back down her nose twice, and her tongue quivers", "swallowing"),
    ("he can't squat what he did in the spring and his thighs twitch", "weakness"),
    ("my husband keeps forgetting where he put things and his hand twitches", "other_symptoms"),
    ("my hand was weak this morning, by lunchtime the whole arm, and it twitches", "urgent"),
    # words of other languages mixed in
    ("kaki kesemutan dan kedutan sudah 3 minggu", "numbness"),
    ("haath mein kamzori aur phadakna", "weakness"),
    ("aankh phadak rahi hai, lakwa to nahi?", "emergency_asked"),
])
def test_signs_seen_from_outside_and_in_other_words(bot: Assistant, question: str,
                                                   sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize(("question", "intent"), [
    # a time of day beside foods or nutrients asked for by their kind says only when
    ("Best Foods For Leg Cramps At Night", "helpful_foods"),
    ("my dad gets cramps in his legs at night, what foods would help him?", "helpful_foods"),
    ("calf twitches at bedtime, which vitamins help with this?", "helpful_nutrients"),
    # ... and beside nothing asked for by kind, the night's advice
    ("leg cramps at night, what helps", "lifestyle"),
    ("what can I do about leg twitches at night", "lifestyle"),
])
def test_a_time_of_day_says_when(bot: Assistant, question: str, intent: str) -> None:
    assert bot.ask(question).intent == intent


@pytest.mark.parametrize(("question", "sign"), [
    ("Why Are The Stairs So Hard Lately? Calves Twitching", "weakness"),
    ("razor keeps slipping out of my hand, thumb twitching", "weakness"),
    ("the bathroom tap has got hard to turn and my palm twitches", "weakness"),
    ("forearm twitching and my fingers feel rubbery", "numbness"),
    ("neck twitches and pills are harder to get down lately", "swallowing"),
    ("my voice gives out by the end of a phone call and my lip twitches", "speech"),
    ("my boss asked me if I'd been drinking, I was mumbling through the call, tongue flickers",
     "speech"),
    ("road signs go double at night and my eyelid twitches", "other_symptoms"),
    ("my jeans keep falling down though I eat loads, and my shoulders twitch", "other_symptoms"),
    ("worried there's something growing in my brain, eye twitches all day", "fear"),
    ("partner says I stop breathing at night and my legs jerk", "breathing"),
    ("buzzing sensation in my calf then it twitches", "numbness"),
    ("can't say my S's properly lately and my lip twitches", "speech"),
    ("my words keep tripping over each other by the evening, jaw twitching", "speech"),
    ("a hollow between my thumb and finger, and it twitches", "weakness"),
    ("feels like a lump in my throat when I eat, neck twitching", "swallowing"),
    ("it takes a few sips to get my pills down, tongue flickers", "swallowing"),
    ("I have to stop halfway through a sentence to breathe, chest twitches", "breathing"),
])
def test_signs_in_the_askers_own_words(bot: Assistant, question: str, sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize(("question", "sign"), [
    # a twitch that goes round the body, or is now everywhere
    ("twitches hopping around my body all week", "spreading"),
    ("it began in my thigh and now it's everywhere", "spreading"),
    # tingling named before the limb, or a limb that has gone to sleep
    ("twitchy calves and tingling feet, burning too", "numbness"),
    ("shoulder twitching with tingly arms", "numbness"),
    ("my thumb twitches and my fingers on that hand keep feeling fuzzy", "numbness"),
    ("my index finger feels a bit asleep in the morning, and it flickers", "numbness"),
    # a weakness watched as it grows, or one side that cannot do its share
    ("arm getting weaker by the hour and the muscle keeps jumping", "urgent"),
    ("climbing the stairs is hard with one leg lately, and that thigh twitches", "weakness"),
    ("my ring finger is lagging on the keyboard and the back of my hand flickers", "weakness"),
    ("the little finger just won't press with the same force as before, palm twitches",
     "weakness"),
    # a head knocked, said in the plain form after "did"
    ("eyebrow twitching, I did bash my head on a shelf last week", "other_symptoms"),
    # swallowing that takes stops, a cough and a choke on water
    ("my tongue twitches and I keep having to stop to swallow at dinner", "swallowing"),
    ("jaw twitching and I cough and choke when I drink", "swallowing"),
    # lines seen split in two
    ("my eyelid jumps and the road markings split in two for a second", "other_symptoms"),
    # a voice that sounds more nasal, a span of ages, weakness that began an hour ago
    ("lip twitching and my voice is getting more nasal", "speech"),
    ("her shoulder has been flickering off and on for ages", "duration"),
    ("his arm went weak one hour ago and his face twitches", "urgent"),
])
def test_signs_told_by_how_they_move_and_what_they_stop(bot: Assistant, question: str,
                                                        sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize(("question", "sign"), [
    # weakness by a time of the day, a mood gone flat, a balance that goes
    ("my shoulder started flickering at lunch and by dinnertime I couldn't lift my bag",
     "urgent"),
    ("calf twitching, and I've lost interest in everything lately", "other_symptoms"),
    ("my gran keeps losing her balance and her hands twitch", "other_symptoms"),
    # days of the week counted, a span said without its article
    ("my lip has twitched for four Mondays running", "duration"),
    ("a month and half of eyelid twitching", "duration"),
    # a fear not named: the mirror, the test asked for, the other thing, a relative's illness
    ("I check my thumb in the mirror to see if it's twitching", "fear"),
    ("should I get an EMG for these twitches", "fear"),
    ("BFS or the other thing? arms twitching", "fear"),
    ("my aunt had the same twitch before they found her tumour", "fear"),
    # words that will not come, tea that brings a cough, a drug taken for a show
    ("he has trouble with his words lately and his jaw twitches", "speech"),
    ("my chin twitches and I coughed a lot every time I drank water", "swallowing"),
    ("started clenbuterol and now my hands twitch", "medicine"),
    ("they put him on baclofen last week and his twitching is worse", "medicine"),
    # night sweats, water passed more often, a taste gone strange
    ("my forearm twitches and I wake up sweating like mad at night", "other_symptoms"),
    ("legs twitchy and I'm needing to pee every hour", "other_symptoms"),
    ("everything tastes metallic and my cheek twitches", "other_symptoms"),
    # a body's workings changed, told as an aside beside the twitch
    ("my calf twitches and I can hardly breathe when I lie down", "breathing"),
    ("thigh twitching, and I keep leaking wee when I cough", "other_symptoms"),
    ("twitchy legs and my pulse is about 40 at rest", "other_symptoms"),
    ("my arm twitches and I've started acting out my dreams at night", "other_symptoms"),
    ("twitching and I've been seeing things that aren't there", "other_symptoms"),
    ("my leg twitches and I keep veering to the right when I walk", "other_symptoms"),
    ("twitchy eyelid, and street lamps have a big halo around them", "other_symptoms"),
    ("my hands shake in the mornings until I've had a drink, and my calves twitch",
     "other_symptoms"),
    ("my thigh twitches and the shower feels lukewarm on that leg", "numbness"),
    ("dad coughs every time he has a drink and his chin twitches", "swallowing"),
    # a mouth dropped, legs worse every hour
    ("her mouth dropped on one side ten minutes ago and her cheek twitches", "urgent"),
    ("my legs twitch, they're worse every hour since lunch and I can barely get up the stairs",
     "urgent"),
])
def test_signs_easy_to_miss(bot: Assistant, question: str, sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize("question", [
    "my calf twitched the last two Fridays",
    "had an EMG two years ago, all clear, now my eyelid twitches from coffee",
    "the other thing is my calf twitches after coffee",
    "I was sweating loads at the gym and my calf twitched after",
    "my eye twitches, the car keeps veering left, I need new tyres",
    "the tea feels lukewarm and my eyelid twitches",
])
def test_everyday_twins_of_the_signs_easy_to_miss(bot: Assistant, question: str) -> None:
    assert read(bot, question).signs == ()


@pytest.mark.parametrize(("question", "audience"), [
    ("Preteen Eyelid Twitch Normal?", "children"),
    ("my wee lad's seven and his calf jumps at night", "children"),
    ("Expecting, third tri, calves cramping every night", "pregnancy"),
    ("our goat is trembling after the cold snap, is it low calcium?", "animals"),
])
def test_audiences_in_still_more_words(bot: Assistant, question: str, audience: str) -> None:
    assert read(bot, question).audience == audience


@pytest.mark.parametrize(("question", "audience"), [
    # a grown-up named first, a pet named before a reason that speaks of the grown-up
    ("My dad is 70 and his calves twitch, he gave up walking the dog because his knees ache",
     None),
    ("my wife is 45, her legs twitch, and she skips the dog walks as her legs feel heavy",
     None),
    # ... and a pet's own body, still the pet's
    ("my husband is 50, our dog's legs twitch in his sleep", "animals"),
])
def test_a_pet_beside_a_grown_up_is_the_subject_only_of_its_own_body(
        bot: Assistant, question: str, audience: str | None) -> None:
    assert read(bot, question).audience == audience


@pytest.mark.parametrize(("question", "frame"), [
    # a dose of a medicine bought over the counter, which we do not answer
    ("most naproxen... no, most aspirin per day?", "medication"),
    ("how much paracetamol can i have a day", "medication"),
])
def test_a_dose_of_a_medicine_from_the_counter_is_medication(bot: Assistant, question: str,
                                                             frame: str) -> None:
    assert read(bot, question).frame == frame


@pytest.mark.parametrize("question", [
    "is a bread maker worth it",
    "best running shoes for flat feet",
    "peanut allergy symptoms in adults",
    "max ibuprofen per day?",
])
def test_things_conditions_and_doses_from_elsewhere_are_out_of_scope(bot: Assistant,
                                                                     question: str) -> None:
    assert bot.ask(question).intent is None


@pytest.mark.parametrize("question", [
    "could ibuprofen be making my calf twitch",
    "I take paracetamol for my back, how much magnesium do I need a day",
])
def test_a_medicine_from_the_counter_beside_our_subject_stays_ours(bot: Assistant,
                                                                   question: str) -> None:
    assert bot.ask(question).intent is not None


@pytest.mark.parametrize(("question", "audience"), [
    ("Our youngest is five and his legs twitch at night", "children"),
    ("Just found out I'm expecting and my calves cramp", "pregnancy"),
    ("my youngest is 30 and her eyelid twitches", None),
    ("I'm expecting a parcel and my eyelid twitches", None),
])
def test_a_youngest_child_and_a_pregnancy_found_out(bot: Assistant, question: str,
                                                    audience: str | None) -> None:
    assert read(bot, question).audience == audience


def test_words_of_a_subject_of_its_own_are_read_only_in_a_conversation(bot: Assistant) -> None:
    ongoing = State(intent="nutrient_role")
    assert "solar" in read(bot, "how do solar panels work", ongoing).strange
    assert read(bot, "how do solar panels work").strange == ()  # asked first: other rules
    assert read(bot, "what can i do in the meantime", ongoing).strange == ()
    assert read(bot, "is magnesium citrate better", ongoing).strange == ()  # names ours


def test_a_bump_by_its_weeks_is_a_pregnancy(bot: Assistant) -> None:
    assert read(bot, "30 week bump and my calves cramp at night").audience == "pregnancy"


@pytest.mark.parametrize(("question", "sign"), [
    ("it's become a real faff doing up my cuffs, and my forearm twitches", "weakness"),
    ("my right side is not keeping up at the gym and my bicep twitches", "weakness"),
    ("my cheek is like sleeping and my eyelid jumps", "numbness"),
    ("eye twitching all week, I keep reading about the three letter disease", "fear"),
])
def test_signs_hidden_in_long_posts(bot: Assistant, question: str, sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize(("question", "audience"), [
    ("16 year old lad here, my eye twitches before exams", "children"),
    ("17 yo swimmer, calves cramp after training, what should I eat", "children"),
])
def test_an_asker_who_opens_with_their_own_young_age(bot: Assistant, question: str,
                                                     audience: str) -> None:
    assert read(bot, question).audience == audience


def test_an_asker_who_opens_with_their_own_adult_age_gets_its_amount(bot: Assistant) -> None:
    reply = bot.ask("52 year old woman here, how much magnesium do I need a day")
    assert "320 mg" in reply.text and "400 mg" not in reply.text


@pytest.mark.parametrize(("question", "sign"), [
    # what a hand or a leg no longer manages, against what it did
    ("I used to lug the whole laundry basket, now I can barely manage half and my arm twitches",
     "weakness"),
    ("could barely turn the tap this morning and my wrist keeps twitching", "weakness"),
    ("my fingers won't pinch a peg hard enough any more and my thumb twitches", "weakness"),
    ("my toes keep catching on the kerb and my shin flickers", "weakness"),
    ("I struggle getting up from the sofa and my thighs twitch", "weakness"),
    ("my handwriting doesn't look like mine lately, fingers jumping", "weakness"),
    # a throat that catches, a swallow taken twice, a voice gone quiet or strange
    ("bread catches in my throat and my neck twitches", "swallowing"),
    ("tea keeps going wrong when I drink and my chin twitches", "swallowing"),
    ("I have to swallow twice to get rice down, tongue twitching", "swallowing"),
    ("my voice has gone weird and my lip flickers", "speech"),
    ("friends keep asking me to repeat myself, my voice is getting quieter, arm twitching",
     "speech"),
    # breath that needs pillows; lips and throat that swell
    ("I sleep on four pillows to breathe now and my calves twitch", "breathing"),
    ("my throat feels tight and my neck twitches", "breathing"),
    ("my lips are swelling up and my cheek twitches", "other_symptoms"),
    # other symptoms beside the twitch
    ("my bladder is leaking a bit and my legs twitch", "other_symptoms"),
    ("constipated for ten days and my stomach muscles twitch", "other_symptoms"),
    ("keep losing my train of thought, and my shoulder twitches", "other_symptoms"),
    ("feeling low all the time and my eyelid twitches", "other_symptoms"),
    ("my eye is red and gunky and the lid twitches", "other_symptoms"),
    # spread in Scots; weakness spreading since the morning is urgent
    ("twitches movin aboot ma body", "spreading"),
    ("my arms went weak since the morning and now my legs too", "urgent"),
    # medicines for weight loss, and for sleep
    ("on saxenda for two months and my calves twitch", "medicine"),
    ("started the weight loss jabs in october, my eyelid twitches", "medicine"),
    # a medicine from the counter, joined to a twitch as a headline joins them
    ("Paracetamol Muscle Twitching?", "medicine"),
    ("melatonin and twitching legs", "medicine"),
])
def test_signs_told_by_what_changed(bot: Assistant, question: str, sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize("question", [
    "went weak at the knees at the wedding and my eyelid twitched all day",
    "lost my grip on reality during exams and my eye twitches",
    "picked up my new glasses prescription and my eyelid twitches when I read",
    "is laughter really the best medicine for a twitchy eye",
    "the magnesium tablets are big and hard to swallow, my calf twitches",
    "I can barely manage my inbox and my eyelid twitches from stress",
    "my knee aches, ibuprofen helps, but my calf twitches",
    "how much melatonin should I take for jet lag",
])
def test_everyday_twins_of_the_signs_told_by_what_changed(bot: Assistant, question: str) -> None:
    assert read(bot, question).signs == ()


@pytest.mark.parametrize(("question", "told"), [
    ("my calf twitches and I have a fever and a rash", ("a fever", "a rash")),
    ("my calf twitches, no fever, just dizzy spells", ("dizziness",)),
    ("my calf twitches after coffee", ()),
    ("is a fever a sign of low magnesium", ()),  # asked about, not told
])
def test_the_other_symptoms_told_are_read_by_name(bot: Assistant, question: str,
                                                   told: tuple[str, ...]) -> None:
    assert read(bot, question).symptoms_told == told


@pytest.mark.parametrize(("question", "sign"), [
    # a serious illness asked after by its signs, or named to wave it off beside a twitch
    ("what are the early symptoms of parkinsons", "fear"),
    ("First Signs Of MS In Women?", "fear"),
    ("not worried about parkinsons haha, just my thumb keeps flickering", "fear"),
    # a twitch that will not go is persistent
    ("Calf Twitch That Won't Go Away", "worsening"),
    ("this eyelid twitch just will not go away", "worsening"),
    # a cramp that locks the hand
    ("my fingers cramped into a claw last night and my hand twitches", "other_symptoms"),
])
def test_fears_asked_after_and_twitches_that_stay(bot: Assistant, question: str,
                                                  sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize("question", [
    "no longer worried about ALS, which foods have magnesium",
    "not worried about MS any more, my eyelid twitches after coffee",
    "not worried about motor neurone disease at all, just want to know about potassium",
    "the deadline stress won't go away till friday, how do I calm an eye twitch",
    "my dad has parkinsons, what are the symptoms of low b12",
])
def test_fears_settled_and_worries_of_other_things_are_no_sign(bot: Assistant,
                                                                question: str) -> None:
    assert read(bot, question).signs == ()


@pytest.mark.parametrize(("question", "triggers"), [
    # a list that goes on past a comma, then says what its items would do
    ("is it coffee, cigarettes or lack of sleep making my eye twitch",
     {"caffeine", "nicotine", "fatigue"}),
    ("could it be the wine, vaping or stress causing my lip to twitch",
     {"alcohol", "nicotine", "stress"}),
    # a name of ours inside a phrase that means something else names nothing
    ("after a run of five night shifts my eye twitches", {"fatigue"}),
    ("I was running late all week and my eyelid twitches, is it the coffee", {"caffeine"}),
    # drinking with nothing drunk after it, and too little drunk, whatever it is
    ("Eyelid Twitching After Drinking And Smoking", {"alcohol", "nicotine"}),
    ("I hardly drink water but love my coffee, is that why my calf twitches",
     {"dehydration", "caffeine"}),
    ("been drinking like 5 cups of coffee and my eye twitches", {"caffeine"}),
    ("we stay up late and drink 3 coffees a day, which one is making my cheek twitch",
     {"fatigue", "caffeine"}),
])
def test_triggers_listed_and_triggers_only_seeming_named(bot: Assistant, question: str,
                                                         triggers: set[str]) -> None:
    assert set(read(bot, question).entities.get("trigger", ())) == triggers


@pytest.mark.parametrize(("question", "sign"), [
    # a g dropped as it is said, and Scots and Northern words
    ("can't stop chokin on me dinner, throat twitchin", "swallowing"),
    ("started on the blue inhaler an now me arm's twitchin", "medicine"),
    ("cannae lift the kettle noo, forearm twitchin", "weakness"),
    ("twitches aw ower ma body the week", "spreading"),
    ("me gob's gone wonky an I'm slurrin me words, cheek twitchin", "urgent"),
    # signs told as a joke or by what others hear or see
    ("the stairs feel like a mountain these days and my thighs twitch", "weakness"),
    ("my brother says I talk like I've had a few pints, my chin twitches", "speech"),
    ("my husband says I had a fit in the lounge, legs still twitching", "urgent"),
    ("my feet are permanently asleep and my calves twitch", "numbness"),
    ("twitches doing a mexican wave up my back", "spreading"),
    ("my left pupil looks bigger than the right and my eyelid twitches", "other_symptoms"),
    ("can't close my left eye properly since lunch and my cheek twitches", "urgent"),
    ("my pee is really dark after the marathon and my calves twitch", "other_symptoms"),
    ("eyelid twitching since daylight saving ended", "duration"),
    ("my dad's new BP drugs, and now his legs jump at night", "medicine"),
])
def test_signs_in_dialect_and_told_as_a_joke(bot: Assistant, question: str, sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize("question", [
    "it's a wee bit annoying, my eyelid twitches after coffee",
    "my cabin crew rota is brutal and my eyelid twitches",
    "I was running late and my eye twitched",
    "my dad's protein shake and potassium, any link to cramps?",
])
def test_everyday_twins_of_signs_in_dialect(bot: Assistant, question: str) -> None:
    assert read(bot, question).signs == ()


@pytest.mark.parametrize(("question", "sign"), [
    ("my right arm is way behind the left at the gym now and the bicep twitches", "weakness"),
    ("the garden shears are too stiff to squeeze in my left hand, forearm twitching",
     "weakness"),
    ("I wake up drooling on my pillow and my tongue twitches", "swallowing"),
    ("tea came back up my nose twice this week, chin twitching", "swallowing"),
])
def test_signs_in_a_postscript(bot: Assistant, question: str, sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize(("question", "sign"), [
    ("woke up and the right side of my mouth won't move properly, my cheek twitches", "urgent"),
    ("my coffee dribbled out the corner of my mouth this morning and my lip twitches",
     "urgent"),
    ("Twitches Jumping Around Different Body Parts", "spreading"),
])
def test_signs_of_the_face_and_the_whole_body(bot: Assistant, question: str,
                                               sign: str) -> None:
    assert sign in read(bot, question).signs


def test_a_quiz_left_behind_is_no_sign(bot: Assistant) -> None:
    assert read(bot, "I'm way behind the right answers in the pub quiz, eye twitches").signs == ()


@pytest.mark.parametrize(("question", "sign"), [
    ("Right side went weak and numb an hour ago, should I sleep it off?", "urgent"),
    ("my speaking is not clear like before and my chin twitches", "speech"),
    ("words all jumbled since teatime and my cheek twitches", "urgent"),
    ("arms going weak fast, started an hour ago", "urgent"),
    ("twitchy ribs and winded after one flight of stairs", "breathing"),
    ("mum's tongue twitches and she splutters at every meal", "swallowing"),
    ("a twitch somewhere new every day, calf then arm then back", "spreading"),
    ("my toes feel asleep all day and my calf twitches", "numbness"),
    ("calf twitching, feels like ants crawling on my shin", "numbness"),
    ("eight weeks into a tren cycle and my traps twitch", "medicine"),
])
def test_signs_in_a_headline_with_no_owner_and_in_gym_words(bot: Assistant, question: str,
                                                            sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize("question", [
    "I sat on the left side of the bus and my eye twitched after coffee",
    "the damp is creeping up the bedroom wall and my eyelid twitches from stress",
    "my feet tingle, creeping up to my ankles over the weeks, and my calves twitch",
])
def test_everyday_twins_of_signs_in_a_headline(bot: Assistant, question: str) -> None:
    assert "urgent" not in read(bot, question).signs


@pytest.mark.parametrize(("question", "sign"), [
    ("I choke a bit on tea now and then and my throat twitches", "swallowing"),
    ("dad struggles to get his pills down and his chin twitches", "swallowing"),
    ("tongue feels clumsy when I talk, jaw twitching, low B12?", "speech"),
    ("my breathing feels short when my ribs twitch, I run a lot", "breathing"),
    ("arms twitching since breakfast and now they feel weak", "urgent"),
    ("can't seem to do my shirt buttons up properly and my thumb twitches", "weakness"),
])
def test_signs_told_beside_another_question(bot: Assistant, question: str, sign: str) -> None:
    assert sign in read(bot, question).signs


def test_a_meal_named_with_a_twitch_is_no_sign(bot: Assistant) -> None:
    assert read(bot, "had eggs for breakfast and now my eye twitches, is it the coffee").signs == ()


@pytest.mark.parametrize(("question", "audience"), [
    ("I'm eleven weeks gone and my calves twitch at night", "pregnancy"),
    ("my wife is five months gone and her legs cramp", "pregnancy"),
    ("my sister says she is five months gone and her legs cramp", "pregnancy"),
    ("it is two weeks gone by and my eye still twitches", None),
])
def test_a_pregnancy_told_in_weeks_gone(bot: Assistant, question: str,
                                        audience: str | None) -> None:
    assert read(bot, question).audience == audience


def test_a_stye_is_another_condition(bot: Assistant) -> None:
    assert bot.ask("How do I get rid of a stye on my eyelid?").intent is None


@pytest.mark.parametrize(("question", "names_someone"), [
    ("my husband is 71 and his calves twitch", True),
    ("she says her legs feel weak", True),
    ("my mum has twitchy legs at night", True),
    # a relation who only tells of the asker, and "they" of body parts, name no one else
    ("the wife says I'm dragging my foot when I'm tired", False),
    ("my mum reckons it's just stress, my eyelid has twitched all week", False),
    ("the toes don't lift like they should", False),
])
def test_who_the_turn_names_besides_the_asker(bot: Assistant, question: str,
                                             names_someone: bool) -> None:
    assert read(bot, question).names_someone is names_someone


@pytest.mark.parametrize("question", [
    # a sign's word said of a thing no body has, before or after it, in its own clause
    "Weak Office Coffee So I Drink Six Mugs. Eyelid Twitching?",
    "my eyelid twitches and I only drink weak green tea",
    "i'm weak for dark chocolate in the evening, does that matter for my twitching calf",
    "Weak willpower: how many coffees before my eyelid starts twitching?",
    "My French is weak and my Spanish is worse, and my eyelid keeps twitching",
    "my weak point is salt, I get cramps and twitching after badminton",
    "wifi is weak, eyelid twitching since Tuesday",
    "weak wifi in the flat and my eye twitches on every call",
    "Weak At Saying No To Coffee. How Much Is Too Much For Twitches?",
    "can i spread almond butter on my toast for magnesium, my eyelid keeps twitching",
    "Does Spreading Coffee Out Help An Eyelid Twitch?",
    # numbness from a limb sat or slept on, passed since
    "Sat on my foot through a long film and got pins and needles when I stood up, gone "
    "within a minute. Unrelated, but my calf twitched this morning after coffee",
    "Woke up lying on my arm with pins and needles, gone after a shake. Separate thing: "
    "my eyelid has been flickering since yesterday",
    "My foot went dead from sitting on it watching the match, came right after a minute. "
    "Why does my calf twitch after five-a-side?",
    "sat on my foot watching the match, pins and needles, gone in a minute. unrelated but "
    "my calf twitched after five a side, why",
    "sat on my foot during the film and got pins and needles, gone now. my eyelid twitches, "
    "why?",
    # signs over, told of someone else or of a time of life long gone, as background
    "My neighbour had a stroke in October, slurred speech and a droopy face, she's "
    "recovering well now. Anyway my eyelid has been twitching for 3 days, is it caffeine?",
    "when I was 19 my legs felt weak for a few weeks but I totally recovered. now 35 and my "
    "calf twitches after the gym, magnesium?",
    "as a kid I had numb feet for months, got better. now my eyelid twitches from coffee",
    "Grandad's hands went numb for a while after his op, he's doing well now. My thumb "
    "twitches when I type, which foods have magnesium?",
    # someone else's illness, over, and an old scare settled
    "My uncle had a brain tumour removed in 2020 and he's doing great, back at work and "
    "everything. Totally unrelated: does caffeine really cause my eye twitch?",
    "Had a health scare in 2021 where I was convinced I had ALS. The neurologist checked me "
    "over properly, all fine. Random question: what does calcium actually do in muscles?",
    # a span of shifts, or of a life, is no twitch's
    "I've been doing 12 hour night shifts for a month and a half and my calf has started "
    "twitching when I get into bed",
    "Good evening. I am Italian, living in Scotland since 1970. Which foods are good "
    "against the cramp in the legs?",
    # signs read about, then denied all at once
    "A forum said the signs that matter are weakness, difficulty swallowing and slurred "
    "speech. I have none of that. My eyelid twitches in busy weeks",
    "I know about the swallowing and weakness and spreading stuff. None of that here, "
    "honestly. One spot on my shin flickers",
])
def test_signs_said_of_things_explained_or_denied_all_at_once_are_no_sign(
        bot: Assistant, question: str) -> None:
    assert read(bot, question).signs == ()


@pytest.mark.parametrize(("question", "sign"), [
    # the body's weakness, beside a thing, a clause or a preposition away
    ("I feel weak, coffee doesn't help, eyelid twitching", "weakness"),
    ("I feel weak after coffee and my eyelid twitches", "weakness"),
    ("weak legs and twitching calves", "weakness"),
    ("the twitching is spreading, coffee makes it worse", "spreading"),
    ("twitching in my calf and now it's spreading to my thighs", "spreading"),
    ("Which B12 Brand? Grip Going In Right Hand", "weakness"),
    ("Twitchy Arm Gone Weak \u2013 Low Potassium?", "weakness"),
    ("Bloke on my shift keeps fumbling his brew and his forearm flickers, is it nothing?",
     "weakness"),
    ("my arm is weak since Monday and it twitches", "weakness"),
    # numbness from a posture that has not passed, or that passed with no posture told
    ("slept on my arm and it's been numb for three days, not gone, twitching too",
     "numbness"),
    ("my arm went numb for ten minutes then fine, eyelid twitching", "urgent"),
    ("sat on my foot and it went numb, still numb two days later and my calf twitches",
     "numbness"),
    ("slept on my arm and it went numb, it hasn't really gone after an hour", "numbness"),
    # numbness said to be fine now came and went: no sign ruled out
    ("my arm went numb, fine now", "numbness"),
    ("blurry vision yesterday, fine now. eyelid twitching", "other_symptoms"),
    # over, but not background: the asker's own, lately, or someone's still going on
    ("my arm went weak last week, recovered now. eyelid twitching", "weakness"),
    ("my husband's arm went weak this morning, he seems to be recovering, eyelid twitching",
     "weakness"),
    ("my mum had slurred speech last year, she recovered. now my speech is slurred and my "
     "eyelid twitches", "speech"),
    ("when I was a teenager my legs went weak, got better, and now they're weak again and "
     "twitching", "weakness"),
    ("my dad's legs went weak for a month in 2019, he recovered. I've had a calf twitch for "
     "6 weeks", "duration"),
    # the asker's fear, beside someone else's illness that is over, or a scare not settled
    ("My uncle had a brain tumour removed, he's doing great. Could my twitch be a tumour?",
     "fear"),
    ("had a scare where I thought I had ALS, neurologist checked me over, but I'm still "
     "terrified", "fear"),
    ("I had a scare at work, now I think I have ALS", "fear"),
    # a span of the twitch in the same words
    ("my calf has twitched for a month and a half", "duration"),
    ("I've been living with this twitch since 2019", "duration"),
    # a sign of the asker's own part stays theirs beside a denial that points elsewhere
    ("My hand's gone weak since Monday and it twitches. The GP asked about a rash, but "
     "none of that here", "weakness"),
    ("arm twitching and feels weak. none of that is normal right", "weakness"),
    ("weakness in my legs and twitching, I have none of that tingling they talk about",
     "weakness"),
])
def test_signs_of_the_body_beside_things_postures_and_denials_still_count(
        bot: Assistant, question: str, sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize(("question", "sign"), [
    # many sites at once, in whatever words
    ("Magnesium For Twitching In Several Muscles?", "spreading"),
    ("random spots twitching all week, is it stress", "spreading"),
    ("my muscles twitch in loads of places at night", "spreading"),
    # words that will not come
    ("Tongue Twitching And Struggling To Say Some Words", "speech"),
    ("having trouble saying words and my lip twitches", "speech"),
    # a limb that felt dead, a feeling likened to what dulls or stings the skin
    ("The ring and little finger on my right hand have felt dead and fizzy since about the "
     "start of November", "numbness"),
    ("Glove feeling in fingertips plus hand twitching", "numbness"),
    # ... read as the longer phrase beside a shorter idiom ("cold water" as a drink)
    ("cold water feeling down my thigh then twitching", "numbness"),
    ("my hands twitch and my fingertips feel like I've got thin gloves on all the time",
     "numbness"),
    ("a patch on my thigh stings like sunburn when my jeans rub it and the muscle twitches",
     "numbness"),
    ("One side of my face feels like it's had the dentist's injection, and the eyelid on "
     "that side won't stop flickering", "numbness"),
    # a swallow that fails, whatever was swallowed
    ("trouble swallowing, even my tablets now", "swallowing"),
])
def test_red_flags_in_more_words(bot: Assistant, question: str, sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize(("question", "sign"), [
    # other symptoms in fewer or other words than before
    ("Eye twitch and flashing zigzag lights", "other_symptoms"),
    ("Heart at 130 sitting down, legs twitching. Coffee?", "other_symptoms"),
    ("Voice Changes And Muscle Twitching", "other_symptoms"),
    ("my voice goes kind of nasal and quiet by the end of the day, and my jaw twitches",
     "other_symptoms"),
    ("Twitchy eyelid that feels heavy and half shut by night", "numbness"),
    ("Eyelid twitching a good while now. Anything?", "duration"),
    ("Benign Fasciculation or Worse? Eight Weeks In", "duration"),
    # sites counted
    ("Twitches in 4-5 diffrent muscles at once?", "spreading"),
    ("Can anxiety really make you twitch in like ten places at once? Because that's me right "
     "now", "spreading"),
    # hands that fall asleep, food that catches on the way down
    ("Both my hands fall asleep every night and wake me up tingling. Thumb twitches too",
     "numbness"),
    ("Food also seems to catch on the way down more often these days, and my chin twitches",
     "swallowing"),
    # breath that fails on the stairs, weight lost without trying or beside a diet denied,
    # a choke nothing explains (unlike their twins below)
    ("I'm puffing on the stairs now and my calves twitch", "breathing"),
    ("lost a stone without trying and my arms twitch", "other_symptoms"),
    ("I lose 6 kilo in two month but I don't do diet, and my arm muscle twitch", "other_symptoms"),
    ("I keep choking on my drinks and my tongue twitches", "swallowing"),
    # a part told just after a clause that ends in "things" is still a part, and its twitch
    # a twitch: "won't quit"
    ("Brain fog, forgetting things, eyelid won't quit. Burnout?", "other_symptoms"),
])
def test_other_symptoms_and_spans_in_fewer_words(bot: Assistant, question: str,
                                                 sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize(("question", "sign"), [
    # twins: the same words of something else
    ("took a good while to fall asleep and my eye twitched", "duration"),
    ("after matches my calves twitch for a good while, is that normal", "duration"),
    ("my eyelids feel heavy, i'm so tired, and one twitches", "numbness"),
    ("heart rate 60 at rest, eye twitches, normal?", "other_symptoms"),
    ("put things back in the cupboard and my eye twitched", "spreading"),
    ("I tried 3 different magnesium brands, twitching calf still", "spreading"),
    # a span counted into something else
    ("Vegan here, 28F, about eighteen months in. Eyelid flickers now and then, magnesium?",
     "duration"),
    ("Benign Fasciculation or Worse? Two Days In", "duration"),
    ("Leg twitches as I fall asleep, why?", "numbness"),
    # breath a chase spent, weight a diet meant to lose
    ("I was puffing like a train after chasing the bus yesterday, and my shoulder blade "
     "twitches", "breathing"),
    ("Started keto to lose weight, lost five kilos already, and my thigh twitches in the "
     "evening. Electrolytes?", "other_symptoms"),
    ("I've lost 2 stone on Slimming World and my calf twitches", "other_symptoms"),
    ("I fall asleep on the sofa and my leg twitches", "numbness"),
    # a choke a laugh or a bone explains
    ("Choked on my drink because my brother made me laugh mid sip (classic). Unrelated: my "
     "thumb has twitched on and off since yesterday. Normal?", "swallowing"),
    ("At my cousin's wedding I choked on a fish bone, coughed it up. My forearm twitches in "
     "the evenings, dehydration?", "swallowing"),
    # a span ahead of today
    ("What date is it two weeks from today?", "duration"),
    ("neuro appointment is six weeks from now, eyelid twitching since monday", "duration"),
])
def test_everyday_twins_of_other_symptoms_and_spans_show_no_sign(bot: Assistant, question: str,
                                                                 sign: str) -> None:
    assert sign not in read(bot, question).signs


@pytest.mark.parametrize(("question", "weak"), [
    # a neck too weak for the head it holds
    ("Neck twitching and my head feels too heavy to hold up", True),
    ("neck twitches and by evening I struggle to hold my head up", True),
    ("my dad's chin keeps dropping onto his chest and his arm twitches", True),
    # twins: a heavy head of a long day, an idiom
    ("my head feels heavy and my neck twitches after a long day at the screen", False),
    ("hold your head up high, what foods help twitching", False),
])
def test_a_neck_too_weak_to_hold_the_head_up_is_weakness(bot: Assistant, question: str,
                                                          weak: bool) -> None:
    assert ("weakness" in read(bot, question).signs) is weak


@pytest.mark.parametrize("question", [
    # a sign's word said of a thing: an ice pack that numbs, a day's energy that droops
    "Numbing Ice Pack Or Stretching For Cramp?",
    "Afternoon energy droops, I grab Red Bull. Eyelid twitch?",
    # a pill too big to swallow
    "Can't swallow big calcium tablets, food alternatives?",
    "calcium tablets are huge and hard to swallow, any foods instead?",
    # idioms, and things that are no muscle
    "struggling to say no to coffee, eyelid twitch",
    "My legs felt dead tired after the run and my calf twitched",
    "Cotton wool pads soaked in magnesium oil on my twitchy calves, does that work?",
    "worried I'll end up with weak bones and cramps, where do I get calcium without dairy?",
    "Work-life balance is non-existent, 60 hour weeks, and my eye keeps twitching",
    "I had the dentist today and now my eyelid twitches",
    # someone else's illness that came to nothing, or is over
    "My brother had a brain tumour taken out years ago and he's absolutely fine now. My "
    "eyelid's been twitching since Sunday after a stag do. Can alcohol do that?",
    "A friend was convinced her twitching was ALS and it turned out to be nothing at all. "
    "What does magnesium do in a muscle?",
])
def test_twins_of_red_flags_are_no_sign(bot: Assistant, question: str) -> None:
    assert read(bot, question).signs == ()


@pytest.mark.parametrize(("question", "audience"), [
    # a pregnancy told as a time that was
    ("when I was pregnant with my son I had cramps, he's ten now. What foods have B12?", None),
    ("I had cramps when I was pregnant years ago. Which foods have magnesium?", None),
    # ... beside one now
    ("I'm pregnant, and when I was pregnant last time I had cramps. magnesium?", "pregnancy"),
])
def test_a_pregnancy_that_was_is_no_audience(bot: Assistant, question: str,
                                             audience: str | None) -> None:
    assert read(bot, question).audience == audience


@pytest.mark.parametrize(("question", "signs"), [
    # a time of life long gone dates its own story: its parts are no place of the twitch
    ("when i was 12 i broke my leg, now my calf twitches", ()),
    ("When I was 12, I broke my leg. Now my calf twitches after football", ()),
    ("in my teens I had a bad ankle, these days my eyelid twitches", ()),
    # ... unless the story has a twitch of its own, or is back
    ("I've had twitching for years, as a kid too", ("duration",)),
    ("when I was a teenager my legs went weak, got better, and now they're weak again and "
     "twitching", ("urgent", "weakness")),
    # a sign said never to have gone away is no story over
    ("since I was a kid my legs felt weak, never recovered, and now they twitch",
     ("weakness",)),
])
def test_a_time_of_life_long_gone_is_background(bot: Assistant, question: str,
                                                signs: tuple[str, ...]) -> None:
    assert read(bot, question).signs == signs


@pytest.mark.parametrize(("question", "places"), [
    # a part named only for a cramp is no place a twitch is in
    ("I get the odd cramp in my feet at night, and sometimes a flicker in my calf", False),
    ("cramps in my calves and feet at night, what helps", False),
    ("cramp in my foot most nights and a twitch in my thigh after the gym", False),
    # ... a part that twitches as well as cramps is one, and so are two that twitch
    ("cramp in my foot and twitching in my thigh and my eyelid", True),
    ("my calf cramps and twitches, and my eyelid twitches too", True),
])
def test_cramps_name_no_place_of_a_twitch(bot: Assistant, question: str, places: bool) -> None:
    signs = read(bot, question).signs
    assert ("places" in signs or "spreading" in signs) is places, signs


@pytest.mark.parametrize(("question", "sign"), [
    ("Fasciculations Widespread 34M, What Next?", "spreading"),
    ("Mumbling more than I used to and my lips twitch, family keep saying pardon", "speech"),
    ("Watched a documentary about MND and now every twitch in my legs terrifies me", "worry"),
    ("My left eyelid has been twitching since Ramzan", "duration"),
    # a change over the last days is not how long the twitch has gone on
    ("since October my eye twitches, the last two days it's worse", "duration"),
    ("twitching in my calf since the summer, for the last couple of days it's much stronger",
     "duration"),
    # a pause of days within a span of months is no span of its own
    ("since about Easter my eyelid has had a flutter. It'll go quiet for four or five days "
     "and then it's back again", "duration"),
])
def test_signs_in_more_of_the_words_real_askers_use(bot: Assistant, question: str,
                                                    sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize("question", [
    "since the clocks went back ive been sleeping badly and my eyelid's flickered the last "
    "couple of days",
    "Been on night shifts since October, and my eyelid has twitched for the last couple of "
    "days",
])
def test_a_short_span_told_of_the_twitch_beside_a_long_one_of_something_else(
        bot: Assistant, question: str) -> None:
    assert "duration" not in read(bot, question).signs


@pytest.mark.parametrize(("question", "sign"), [
    # how the eyes have gone, said before the sight
    ("Eyelid Twitch With Fuzzy Vision In One Eye", "other_symptoms"),
    ("my eyelid twitches and I have cloudy vision in that eye", "other_symptoms"),
    # breath that fails lying down
    ("my calf twitches and lying flat makes me feel like I'm suffocating", "urgent"),
    ("my arm twitches and at night I have to prop myself up on three pillows", "urgent"),
    # a body hauled up the stairs or out of a chair, by anyone
    ("Dad's thighs have been twitching for a while and he's finding the stairs hard going, "
     "has to pull himself up on the banister", "weakness"),
    ("mum's calf twitches and she has to haul herself up out of the chair", "weakness"),
    ("my calves twitch and the stairs are heavy going these days", "weakness"),
    # asked how one would tell it is an illness
    ("How Do I Know If My Twitching Is Nerve Damage?", "fear"),
    ("how can you tell if a twitch is a pinched nerve", "fear"),
])
def test_signs_in_the_words_of_a_fifth_round_of_real_askers(bot: Assistant, question: str,
                                                            sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize("question", [
    "the sky is hazy today and my eye twitches, allergies?",
    "my calf twitches, and I prop myself up on pillows to read in bed, does magnesium help",
    "I pulled myself up a rope at the climbing gym and my forearm twitched after, why",
    "How do I know if my twitching is from low magnesium?",
])
def test_everyday_twins_of_the_fifth_rounds_signs(bot: Assistant, question: str) -> None:
    assert not {"urgent", "weakness", "fear", "other_symptoms"} & set(read(bot, question).signs)


@pytest.mark.parametrize("question", [
    "Cabin Fever From Working At Home, Eyelid Twitch Since Monday",
    "spring fever? my eyelid twitches every april",
])
def test_a_fever_that_is_a_mood_is_no_symptom(bot: Assistant, question: str) -> None:
    assert read(bot, question).signs == ()


@pytest.mark.parametrize(("question", "places"), [
    ("I'm back climbing twice a week, and my right forearm twitched after a session", {"arm"}),
    ("the twitch came back in my calf this week", {"leg"}),
    # the back itself, twitching beside another place
    ("my back is twitching and my calf too", {"back", "leg"}),
])
def test_back_as_a_return_is_no_place(bot: Assistant, question: str, places: set[str]) -> None:
    assert read(bot, question).places == places


@pytest.mark.parametrize(("question", "signs"), [
    ("my eyelid flutters, my vision is normal", ()),
    ("my eyelid flutters, my vision seems normal, my speech is normal", ()),
    # asked whether it is normal, not said to be
    ("my hand feels numb, is that normal?", ("numbness",)),
    ("Numb Fingers Normal After Gym?", ("numbness",)),
])
def test_a_faculty_said_to_be_normal_is_ruled_out(bot: Assistant, question: str,
                                                  signs: tuple[str, ...]) -> None:
    assert read(bot, question).signs == signs


@pytest.mark.parametrize(("question", "sign"), [
    ("twitching legs and suddenly can't control my bowels", "other_symptoms"),
    ("muscle twitches all day and my pulse keeps going over 120 just sitting on the sofa",
     "other_symptoms"),
    ("resting heart rate is over 110 and my arm twitches", "other_symptoms"),
])
def test_a_body_that_no_longer_holds_or_rests_is_a_sign(bot: Assistant, question: str,
                                                       sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize("question", [
    "my heart rate goes above 150 when I run and my calves twitch after, normal?",
    "I was told to hold my bladder for the scan and my eyelid twitched, why",
])
def test_a_pulse_at_work_or_a_bladder_held_on_purpose_is_no_sign(bot: Assistant,
                                                                 question: str) -> None:
    assert read(bot, question).signs == ()


@pytest.mark.parametrize(("question", "audience"), [
    ("my dog's back leg is weak and twitching", "animals"),
    ("my dog can't control his bladder and twitches in his sleep", "animals"),
    ("my dogs leg twitches", "animals"),
    # what a relation keeps doing is theirs, not the asker's question about them
    ("What does potassium actually do in the muscles? My daughter keeps buying me bananas",
     None),
])
def test_an_animals_body_is_its_own(bot: Assistant, question: str, audience: str | None) -> None:
    reading = read(bot, question)
    assert reading.audience == audience
    assert not reading.own_body


@pytest.mark.parametrize(("question", "numb"), [
    # tingling had or felt, with no place said
    ("I have tingling. is it b12?", True),
    ("I get tingling, is it my magnesium?", True),
    ("I have tingling, can low b12 cause tingling?", True),
    # ... but what a nutrient may cause, read of it in general, is no one's
    ("I read B12 matters for the nerves and can cause twitching and tingling if you're low. "
     "Where would we get it without meat?", False),
    ("low magnesium can cause numbness and weakness, right? what foods have it", False),
    ("Low B12 can cause tingling, and I have tingling in my hands", True),
    ("my b12 is low and it causes tingling in my feet, which foods", True),
])
def test_tingling_felt_is_a_sign_and_what_a_lack_may_cause_is_not(
        bot: Assistant, question: str, numb: bool) -> None:
    assert ("numbness" in read(bot, question).signs) is numb


@pytest.mark.parametrize(("question", "signs"), [
    ("I've been squinting at my phone, so the screen looks blurry and I've had a dull "
     "headache by the evenings. No twitching or anything. Best blue light glasses?", ()),
    ("taking 1000 IU of vitamin D since October, no twitching or anything, is that enough?",
     ()),
    # a twitch not denied just before it is still said
    ("my legs haven't stopped twitching and I've lost a lot of weight", ("other_symptoms",)),
])
def test_no_other_symptom_is_beside_a_twitch_denied(bot: Assistant, question: str,
                                                    signs: tuple[str, ...]) -> None:
    assert read(bot, question).signs == signs


@pytest.mark.parametrize("question", [
    "My mum had a fall in March and broke her wrist; she's healed now and back out in the "
    "garden. My eyelid has been flickering since the weekend. Is it tiredness?",
    "Finally handed my notice in, a massive weight off my mind. Now my eyelid has twitched "
    "for two days",
    "I've completely lost my balance between work and life, eyelid twitching, which foods "
    "have magnesium",
    "Work has been a total headache this month. When I lie down my calf twitches. Stress?",
])
def test_a_load_lifted_a_lifes_balance_and_a_healed_fall_are_no_signs(
        bot: Assistant, question: str) -> None:
    assert read(bot, question).signs == ()


@pytest.mark.parametrize("question", [
    "I get a real headache every afternoon and my calf twitches",
    "my eye twitches and there's a headache right behind it",
    "took a ball in the face on Sunday, had a bit of a headache since, and my thigh twitches",
])
def test_a_headache_had_is_still_a_symptom(bot: Assistant, question: str) -> None:
    assert read(bot, question).signs != ()


@pytest.mark.parametrize(("question", "sign"), [
    ("Whole Body Feels Like Popcorn Popping At Night", "spreading"),
    ("My shin feels like there's an electric current running under the skin and the muscle "
     "twitches. What causes that?", "numbness"),
])
def test_a_twitch_or_a_feeling_likened_to_something_else(bot: Assistant, question: str,
                                                         sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize("question", [
    "how many calories in popcorn",
    "I ate popcorn at the cinema and my eye twitched",
])
def test_popcorn_eaten_is_no_twitch_likened(bot: Assistant, question: str) -> None:
    assert read(bot, question).signs == ()


@pytest.mark.parametrize(("question", "places", "signs"), [
    ("Butt Cheek Twitching Won't Quit", {"hip"}, ()),
    ("Thumb feels like it has hiccups. Why?", {"hand"}, ()),
    ("Belly twitching like a fish flopping, what is it?", {"trunk"}, ()),
    # hiccups had beside a twitch are a symptom beside it
    ("I have hiccups and my eye twitches", {"eye"}, ("other_symptoms",)),
])
def test_a_twitch_likened_to_hiccups_or_a_fish_is_one_twitch(
        bot: Assistant, question: str, places: set[str], signs: tuple[str, ...]) -> None:
    reading = read(bot, question)
    assert (reading.places, reading.signs) == (places, signs)


@pytest.mark.parametrize(("question", "fish"), [
    ("Belly twitching like a fish flopping, what is it?", False),
    ("my calf jumps like there was a little fish trapped in there", False),
    ("which fish has vitamin d", True),
])
def test_a_fish_in_a_likeness_is_no_food(bot: Assistant, question: str, fish: bool) -> None:
    assert ("food" in read(bot, question).entities) is fish


@pytest.mark.parametrize(("question", "urgent"), [
    ("my husband is hard to wake this morning and his arm is twitching", True),
    ("I'm very sleepy after night shifts and my eye twitches", False),
])
def test_someone_who_can_hardly_be_roused_is_an_emergency(bot: Assistant, question: str,
                                                          urgent: bool) -> None:
    assert ("urgent" in read(bot, question).signs) is urgent


@pytest.mark.parametrize(("question", "sign"), [
    ("Jaw twitched, then couldn't talk for an hour", "speech"),
    ("Twitching Stopped But Now I Can't Move My Left Leg At All", "urgent"),
    ("Foot twitches and stays asleep all day", "numbness"),
    ("I'd had twitching legs earlier. Now my whole right side feels heavy and wrong, like my "
     "arm and leg are full of sand, and my right hand won't do what I tell it", "urgent"),
])
def test_a_limb_or_a_voice_that_will_not_obey(bot: Assistant, question: str, sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize("question", [
    "I couldn't talk for laughing and my eye twitched",
    "my dog won't do what I tell it and my eye twitches",
    "the sandpit at the beach was full of sand and my calf twitched",
    "now I can't move for boxes in the new flat and my eye twitches",
])
def test_everyday_twins_of_a_limb_that_will_not_obey(bot: Assistant, question: str) -> None:
    assert read(bot, question).signs == ()


@pytest.mark.parametrize(("question", "breathing"), [
    # breath spent by hard exercise told beside it
    ("Two minutes into a jog I'm red in the face, out of breath, and have to walk", False),
    ("Calories burned sprinting till out of breath?", False),
    # ... but not breath that fails, whatever exercise is told
    ("I went for a jog, and now I can't breathe and my lips are going blue", True),
    ("my calf twitches and I get out of breath on the stairs", True),
    ("Choir singer running out of breath, ribs twitching", True),
])
def test_breath_spent_by_hard_exercise_is_no_sign(bot: Assistant, question: str,
                                                 breathing: bool) -> None:
    assert ("breathing" in read(bot, question).signs) is breathing


@pytest.mark.parametrize("question", [
    "Dentist numbness wearing off, how long?",
    "Numbing mouthwash for canker sores, worth it?",
    "My friend swears by a lidocaine numbing cream for tattoos, does it work?",
])
def test_a_numbness_made_on_purpose_is_no_sign(bot: Assistant, question: str) -> None:
    assert read(bot, question).signs == ()


@pytest.mark.parametrize(("question", "sign"), [
    # Jamaican Patois for my, eye, mouth and the
    ("Mi yeye jump from last week an now di whole side a mi face a twitch, an mi mout feel "
     "heavy.", "spreading"),
])
def test_signs_in_patois(bot: Assistant, question: str, sign: str) -> None:
    assert sign in read(bot, question).signs


def test_a_fertility_medicine_started_is_a_medicine(bot: Assistant) -> None:
    chat = bot.conversation()
    chat.ask("my eyelid has been twitching")
    reply = chat.ask("I only noticed it after I started Clomid for fertility last week")
    assert reply.text.startswith("If you think a prescribed medicine might be causing it"), \
        reply.text


@pytest.mark.parametrize(("question", "urgent"), [
    # an emergency told of a body beside a medicine asked about is still one
    ("I took sertraline and I can't swallow", True),
    ("My partner took his first prochlorperazine for dizziness this afternoon. Now his jaw is "
     "clenched, his neck is twisting to one side and he says he can't swallow properly", True),
    # ... but not one that tells of the pills
    ("can you crush propranolol tablets? I struggle to swallow them", False),
])
def test_a_medicines_frame_keeps_an_emergency_of_the_body(bot: Assistant, question: str,
                                                          urgent: bool) -> None:
    assert ("urgent" in read(bot, question).signs) is urgent


@pytest.mark.parametrize(("question", "severe"), [
    ("Muscle Twitch So Strong My Whole Arm Jerks And It Hurts", True),
    ("my eye twitch isn't painful, just annoying", False),
    ("twitch so mild I barely notice it", False),
])
def test_a_twitch_said_severe_in_a_headline(bot: Assistant, question: str, severe: bool) -> None:
    assert ("worsening" in read(bot, question).signs) is severe


@pytest.mark.parametrize(("question", "sign"), [
    # a body pushed up off its knees or a chair's arms, a climb that needs a rest now
    ("My shins flicker and these days I lean on my thighs to stand from the sofa", "weakness"),
    ("grandad pushes off the armrests to get up now and his arms twitch", "weakness"),
    ("I used to walk the hill to work. Now I have to stop halfway and my calves jump",
     "weakness"),
    # a part of the face gone dead, a creature hopping under the skin all over
    ("my cheek feels dead since this morning and the eyelid above it flutters", "numbness"),
    ("Insects Hopping Under My Skin Everywhere At Night", "spreading"),
    # food or tablets stopping on the way down, chewed over and over
    ("my vitamins seem to stop halfway down lately and my throat twitches", "urgent"),
    ("I chew and chew my dinner and it still won't go, and my tongue quivers", "urgent"),
    # no puff to blow with
    ("no puff left to blow up the balloons for the party and my chest keeps twitching",
     "urgent"),
    # the twitch asked of as deadly
    ("is a twitch like mine ever deadly?", "fear"),
    # a pause denied "in" a span tells how long it has gone on
    ("My thigh hasn't stopped in five weeks", "duration"),
    ("my eyelid has not let up in a month, is that normal", "duration"),
])
def test_signs_in_the_words_of_a_sixth_round_of_real_askers(bot: Assistant, question: str,
                                                            sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize("question", [
    "I push on the pedals to get up the hill and my calf twitches after, why",
    "I have to stop halfway through my podcast because my eye twitch distracts me lol",
    "my lips feel dead dry in winter and my eyelid twitches, which vitamin",
    "I chew gum all day at work and my jaw twitches, is that why",
    "I haven't been to the gym in 3 weeks and my calf twitches, magnesium?",
    "I'll be back at the doctor's in 3 weeks, what foods have potassium",
    "is deadly nightshade in any foods",
])
def test_everyday_twins_of_the_sixth_rounds_signs(bot: Assistant, question: str) -> None:
    assert not {"urgent", "weakness", "fear", "numbness", "duration"} & set(
        read(bot, question).signs)


@pytest.mark.parametrize(("question", "eating"), [
    ("What can I eat to help my twitchy calf?", True),
    ("so what should I munch on after training", True),
    ("Mum of a baby, running on fumes. Anything I can eat for this eyelid?", True),
    # eating and something else, eating told not asked, eating asked after another question
    ("what can I eat or drink to stop it", False),
    ("I eat well and sleep well, why does my eye twitch", False),
    ("why does my calf twitch, and what should I eat", False),
])
def test_what_to_eat_is_read_where_it_is_asked_first(bot: Assistant, question: str,
                                                     eating: bool) -> None:
    assert read(bot, question).eating_asked is eating


@pytest.mark.parametrize(("question", "signs"), [
    # a talk to give is no power of speech; a body part in a gym plan's name has no span
    ("Best man duties done, the speech is next month. Since Sunday my eyelid twitches. "
     "The booze?", ()),
    ("I've been doing a push/pull/legs program for about four months and since Thursday my "
     "hamstring twitches after squats", ()),
    # ... but speech that fails, and a back sore for a month beside a medicine, still are
    ("my speech is slurred and my lip twitches", ("urgent", "speech")),
])
def test_a_talk_and_a_gym_plan_are_no_signs(bot: Assistant, question: str,
                                            signs: tuple[str, ...]) -> None:
    assert read(bot, question).signs == signs


@pytest.mark.parametrize(("question", "sign"), [
    # months as headlines shorten them; a bladder that will not empty; sight greyed out
    ("Calf Fasciculations Three Mos Now", "duration"),
    ("my thighs twitch and for a week I can't empty my bladder properly", "other_symptoms"),
    ("eyelid twitch and this morning my sight went dark in that eye for a minute",
     "other_symptoms"),
    # pain that wakes; an arm that feels heavy; a twitch that got much worse; a whole arm
    ("Back Pain That Wakes Me Plus Twitchy Calves", "other_symptoms"),
    ("dad's arm feels heavy all the time and it twitches", "weakness"),
    ("my eyelid twitch has got so much worse this week", "worsening"),
    ("Sudden Jerking Of My Whole Leg This Morning", "worsening"),
])
def test_signs_in_the_words_of_a_seventh_round_of_real_askers(bot: Assistant, question: str,
                                                              sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize("question", [
    "29 yrs male, eyelid twitching since Monday, too much tea?",
    "wait a mo, does coffee make your eye twitch?",
    "my whole leg jerks just as I fall asleep, is that normal?",
    "the shopping was heavy today and my forearm twitches after carrying it home",
])
def test_everyday_twins_of_the_seventh_rounds_signs(bot: Assistant, question: str) -> None:
    assert not {"duration", "weakness", "worsening", "other_symptoms"} & set(
        read(bot, question).signs)


@pytest.mark.parametrize("question", [
    "Clean EMG, so no ALS right?",
    "so not MS then?",
    "Bloods fine, so definitely not motor neurone disease?",
])
def test_a_fear_denied_asks_to_be_reassured_of_it(bot: Assistant, question: str) -> None:
    assert "fear" in read(bot, question).signs


@pytest.mark.parametrize(("question", "lasting"), [
    # a month named as the span of the twitch
    ("Thigh twitched all March, now it's back. Causes?", True),
    ("my eyelid was twitching the whole of October", True),
    # ... not a month of something else
    ("I was busy all March, my eye twitched yesterday", False),
])
def test_a_month_named_as_the_span(bot: Assistant, question: str, lasting: bool) -> None:
    assert ("duration" in read(bot, question).signs) is lasting


@pytest.mark.parametrize(("question", "lasting"), [
    # a span planned ahead is a time to come, not how long the twitch has lasted
    ("I'll track my eye twitch for a couple of weeks, what foods have magnesium?", False),
    ("going to give it a few weeks, my calf twitches at night, why?", False),
    ("I'm cutting coffee for the next few weeks, my eyelid twitches, what else?", False),
    ("planning to try magnesium for a month for my twitchy thigh, how much?", False),
    # ... unless the clause tells what has gone on, or the span is the twitch's
    ("I'll be honest, my eye has been twitching for weeks", True),
    ("my eye won't stop twitching for weeks", True),
    ("I will say my calf has twitched for a few weeks now", True),
    ("I've been tracking my eye twitch for a couple of weeks", True),
    ("going to the doctor next week, my calf has twitched for 5 weeks", True),
])
def test_a_span_planned_ahead_is_no_span_of_twitching(bot: Assistant, question: str,
                                                      lasting: bool) -> None:
    assert ("duration" in read(bot, question).signs) is lasting


@pytest.mark.parametrize(("question", "sign"), [
    # signs told in the words of other languages mixed with English
    ("Kumikibot braso ko tapos namamanhid na", "numbness"),
    ("nanghihina yung binti ko at kumikibot", "weakness"),
    ("Eye Twitching Aur Bolne Mein Dikkat", "speech"),
    ("my back muscle dey jump and breath dey hold me", "urgent"),
    ("Kibot Sa Buong Katawan Ko", "spreading"),
    ("kumikibot mata ko simula nung nag maintenance meds ako sa BP", "medicine"),
])
def test_signs_told_in_other_languages_mixed_with_english(bot: Assistant, question: str,
                                                          sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize(("question", "room"), [
    ("I know it's not ALS, my EMG was clear, but what helps it calm down?", True),
    ("My neuro ruled out MS with an MRI. So what else causes this?", True),
    ("Could it be ALS? What helps?", False),  # the fear is what is asked
    ("I'm not sure it's not ALS. What helps?", False),  # kept open
    ("I can't stop thinking about ALS. What helps?", False),  # "not" denies the stopping
    ("My arm feels weak and it's not ALS, my EMG was clear. What helps?", False),  # weakness
])
def test_a_fear_told_settled_leaves_room_after_the_care_advice(bot: Assistant, question: str,
                                                               room: bool) -> None:
    reading = read(bot, question)
    assert reading.strong
    assert reading.room_after_care is room


@pytest.mark.parametrize("question", [
    # the twins of red flags told by family: the same words, nothing wrong
    "my legs felt heavy after the marathon and twitched, electrolytes?",
    "I cleared my throat and my eye twitched, weird",
    "the days are running into each other and my eye twitches",
])
def test_everyday_words_of_red_flags_said_of_nothing_wrong(bot: Assistant,
                                                           question: str) -> None:
    assert not {"urgent", "weakness", "speech", "swallowing"} & set(read(bot, question).signs)


@pytest.mark.parametrize(("question", "audience"), [
    # one named with an aside after it is the subject of the clause after the aside
    ("My mare (16, warmblood) has started getting little twitches over her flank after we "
     "ride. Someone at the yard said she might need magnesium. Is that likely?", "animals"),
    ("My son (16) has started getting little twitches in his legs. Is that normal?",
     "children"),
    # a household counted is who the asker looks after, unless the twitch is in their clause
    ("Three kids under six, eyelid fluttering. Tiredness?", None),
    ("my two kids have twitchy eyes, is that normal?", "children"),
])
def test_the_subject_after_an_aside_or_a_household(bot: Assistant, question: str,
                                                   audience: str | None) -> None:
    assert read(bot, question).audience == audience


@pytest.mark.parametrize(("question", "sign"), [
    # signs in the words of this round of real shapes, each beside a twin below
    ("Can't keep fluids down for 3 days and now my muscles are twitching. Electrolytes?",
     "other_symptoms"),
    ("Magnesium for twitches that jump all over?", "spreading"),
    ("My jaw twitches and my voice has sounded weird for a few weeks. Vitamin D?", "speech"),
    ("Stairs Suddenly Hard, Thighs Twitching At Night", "weakness"),
    ("Hands Feel Like They're In Gloves, Finger Twitching", "numbness"),
    ("I Have To Sleep Propped Up Now, Plus Twitching Ribs", "breathing"),
    ("Thumb twitching on and off all autumn", "duration"),
    ("my eye started twitching in October, it's nearly Christmas", "duration"),
    ("Wrist tingles all the time and my eyelid twitches", "numbness"),
    ("I'm breathless on the bus, calf twitching", "breathing"),
    ("I sweat through my pyjamas most nights and my leg twitches", "other_symptoms"),
])
def test_signs_in_plain_words_beside_their_twins(bot: Assistant, question: str,
                                                 sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize("question", [
    # what the world brought on and that passed, a reason told just after, an idiom, a
    # date ahead: no sign, and no second place of twitching
    "Wrist tingled because my Garmin strap was too tight, stopped as soon as I loosened it. "
    "Now just a twitchy eyelid, what's that from?",
    "Dropped my keys, hands frozen, then thumb twitched. Cold?",
    "Cheek went numb in the wind on my bike commute, thawed out fine in the office. Eyelid's "
    "been flickering since Thursday though. Causes?",
    "Ran for the bus, breathless, calf twitching",
    "Voice went hoarse from shouting at the football and my calf twitched in the rain",
    "Mum's been wrapping me in cotton wool since my exams started and my eyelid twitches",
    "My clogs slap on the lino at work and my right calf flickers in the evening",
    "I trained on the stairs hard now my calves twitch",
    "I like to sleep propped up on pillows, eyelid twitching",
    "hot spell on the farm, sweating through my shirt by 10, my calves jump a bit at night",
    "my eye twitches, couldn't keep it down, the excitement I mean, got engaged lol",
    "I've had a twitch in my left eyelid since Thanksgiving, so about a week and a half. How "
    "do I make it stop before our Christmas party photos?",
])
def test_twins_of_signs_in_plain_words_show_none(bot: Assistant, question: str) -> None:
    assert read(bot, question).signs == ()


@pytest.mark.parametrize(("question", "feared"), [
    # an illness named for something else is no fear of it
    ("Binge-watched a Parkinson's drama till 3am and now my eyelid flickers. Lack of sleep?",
     False),
    ("I work on an ALS research grant and I'm living on coffee. My eye keeps fluttering.",
     False),
    ("running the half for a motor neurone disease charity, my calf twitches after long runs",
     False),
    # ... but named as what is feared, awaited or weighed, it is
    ("Waiting on EMG results and very anxious. The neurologist mentioned motor neurone disease "
     "as something to rule out.", True),
    ("could this twitch be ALS?", True),
    ("Parkinson's or too much tea?", True),
])
def test_an_illness_named_for_something_else_is_no_fear(bot: Assistant, question: str,
                                                        feared: bool) -> None:
    assert ("fear" in read(bot, question).signs) is feared


@pytest.mark.parametrize(("question", "symptom"), [
    ("running the half in memory of my uncle and my calf twitches after long runs", False),
    ("my memory is going and my arm twitches", True),
])
def test_in_memory_of_someone_is_no_memory_lost(bot: Assistant, question: str,
                                                symptom: bool) -> None:
    assert ("other_symptoms" in read(bot, question).signs) is symptom


@pytest.mark.parametrize(("question", "word"), [
    # an English word that looks like a long word of ours is left as it is
    ("every little flicker in my legs sends me into a spiral", "spiral"),
    # ... while a long word that is no English word is read as the one it stands for
    ("furosamide and calf twitching", "furosemide"),
])
def test_a_long_word_is_corrected_only_when_it_is_no_english_word(bot: Assistant,
                                                                   question: str,
                                                                   word: str) -> None:
    assert word in read(bot, question).words


@pytest.mark.parametrize(("question", "lasting"), [
    # a day of the year ahead, or planned, dates nothing that has begun
    ("The top lid of my left eye has been flickering since Wednesday. Eating and sleeping "
     "fine, still pottering in the workshop. The missus says I should give the whisky a rest "
     "in January anyway.", False),
    ("Since Saturday my left thigh twitches. I'm still a bit wound up about the talk, and "
     "I've got another one due before Christmas.", False),
    # ... nor what was left "from" ("retired from teaching in the summer")
    ("retired from teaching maths in the summer. Since about Wednesday my thumb flickers",
     False),
    # ... while a day the twitch began from still tells how long
    ("since I retired from teaching in the summer my calf twitches", True),
    ("back from Spain in October and my calf has twitched since", True),
    ("my eye has twitched from August, help", True),
    ("twitch in my left calf since Thanksgiving weekend (the Canadian one, not the American "
     "one). My family doctor is booked until January.", True),
])
def test_a_day_ahead_or_left_dates_no_twitch(bot: Assistant, question: str,
                                             lasting: bool) -> None:
    assert ("duration" in read(bot, question).signs) is lasting


@pytest.mark.parametrize("question", [
    # a sign a loud room, a knock or a talk explains: none
    "apart from my ears ringing from the volume at the cinema I was fine, but my eyelid "
    "flickers",
    "replaying the questions I fumbled at 2am, and my thigh twitches since Saturday",
])
def test_more_twins_of_signs_show_none(bot: Assistant, question: str) -> None:
    assert read(bot, question).signs == ()


@pytest.mark.parametrize(("question", "sign"), [
    # signs in a second language's grammar or a dialect's words
    ("Arm Twitching And More Weak, Is Normal?", "weakness"),
    ("Ma man's 66. Last night his left airm was twitchin an he couldnae get his words oot "
     "right fir aboot ten minutes, then it wis fine again. Should ah be daein somethin?",
     "speech"),
])
def test_signs_in_second_languages_and_dialects(bot: Assistant, question: str,
                                                sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize(("question", "audience"), [
    ("My 7 y/o anak keeps blinking and his eye is twitching. What vitamins should I give him?",
     "children"),
    ("Mi pickney foot a jump in the night, she 9, wah fi give her?", "children"),
])
def test_a_child_in_the_words_of_other_englishes(bot: Assistant, question: str,
                                                  audience: str) -> None:
    assert read(bot, question).audience == audience


@pytest.mark.parametrize(("question", "feared"), [
    # someone else's illness, told as the background of the asker's own twitch with no
    # worry said, is their story
    ("My wife has MS and I do all the night feeds now. My left eyelid has flickered since "
     "Sunday, I'm just shattered. What usually sets it off?", False),
    ("I'm a carer for my father-in-law, who has Parkinson's. My own thumb twitches after "
     "long shifts. Is that tiredness?", False),
    ("My client has motor neurone disease and I'm his support worker. My calf flickers at "
     "night, would more water help?", False),
    # ... but not a parent's, a brother's or a grandad's: that is family history
    ("My dad had ALS. My calf twitches a bit at night. What causes twitching?", True),
    ("Grandad had Parkinson's. My thumb twitches when it rests. Low magnesium?", True),
    # ... nor one tied to the twitch, or told with a worry
    ("My husband has MS and now my leg twitches every evening", True),
    ("My partner has MS so I'm probably overthinking it, but my eyelid keeps going", True),
    ("My wife has MS and I keep thinking about it whenever my calf flickers", True),
    # ... nor one whose own twitch it is
    ("my flatmate thinks her twitchy thigh means she's got MS, what do I say?", True),
])
def test_someone_elses_illness_told_as_background(bot: Assistant, question: str,
                                                  feared: bool) -> None:
    assert ("fear" in read(bot, question).signs) is feared


@pytest.mark.parametrize(("question", "feared"), [
    # a test's findings asked to be read: only the doctor who ordered it can
    ("Nerve conduction study says fasciculations only, is that good?", True),
    ("my emg showed fasciculations, what does that mean", True),
    # ... while a test that found nothing is settled, and what is asked is answered
    ("My EMG showed nothing, so what helps the twitching calm down?", False),
])
def test_a_tests_findings_asked_to_be_read(bot: Assistant, question: str,
                                           feared: bool) -> None:
    reading = read(bot, question)
    assert ("fear" in reading.signs and not reading.room_after_care) is feared


@pytest.mark.parametrize(("question", "signs"), [
    # a face that feels off is a face that may have lost feeling or strength
    ("Why does my face feel off and twitchy?", True),
    ("the left side of my face has felt strange since lunch and my lip twitches", True),
    # the signs read about, then denied all at once; a worry said not to be there
    ("Apparently a twitch matters more if it comes with weakness or numbness. I've got none "
     "of those. My eyelid twitches after late nights, what helps?", False),
    ("My calf twitches after runs, so I'm not worried about anything scary. What should I "
     "drink?", False),
    ("my calf twitches and I'm worried it's something serious", True),
])
def test_a_face_that_feels_off_and_signs_denied_together(bot: Assistant, question: str,
                                                         signs: bool) -> None:
    assert bool(read(bot, question).signs) is signs


@pytest.mark.parametrize(("question", "sign", "shown"), [
    # a muscle wasted, told as a headline with no verb
    ("Dad's thumb muscle thinner and jumping", "weakness", True),
    ("calf muscle smaller than it was, and twitching", "weakness", True),
    # ... while trying hard, an errand for a prescription, or the houses on both sides of a
    # street are no signs
    ("I've been making an effort with my health lately and my calf flickers after walks",
     "weakness", False),
    ("my eyelid twitches. Remind me to collect my prescription at five", "medicine", False),
    ("the houses on both sides of our road are being rebuilt and the noise keeps me up, my "
     "eyelid twitches", "spreading", False),
    # ... but a twitch on both sides of a body is
    ("my calves twitch on both sides now", "spreading", True),
])
def test_a_muscle_wasted_in_a_headline_and_twins_of_other_signs(bot: Assistant, question: str,
                                                               sign: str, shown: bool) -> None:
    assert (sign in read(bot, question).signs) is shown


@pytest.mark.parametrize("question", [
    # an illness said as what the twitch might be, to a partner, is no partner's illness
    "I joked to my partner that it's probably MND. My calf flickers at night, is it sleep?",
    "told my husband it's probably MS, my eyelid has been jumping for days",
])
def test_an_illness_said_to_someone_is_not_theirs(bot: Assistant, question: str) -> None:
    assert "fear" in read(bot, question).signs


@pytest.mark.parametrize(("question", "sign"), [
    # emergencies told in frightened people's words, each read as urgent
    ("From this afternoon my dad says his left leg is very weak and he drags it, thigh "
     "twitching", "weakness"),
    ("wife's mouth is going to one side from half an hour, her cheek twitches", "weakness"),
    ("lip twitching and i cant feel half my face", "numbness"),
    ("Eyelid Twitch, Now Can't Shut My Eye Or Smile Properly", "weakness"),
    ("pins and needles racing up my leg, calf twitching", "numbness"),
    ("Feels like my throat won't work when I swallow, neck flickering. Started tonight.",
     "swallowing"),
    ("my partner just crumpled onto the floor at dinner and her arms were jerking", "unconscious"),
    ("mid-toast his words stopped making sense, all jumbled, and his hand twitches",
     "speech"),
    ("tingling started in my toes at breakfast, by teatime it's past my knees and I can "
     "barely get up from the chair", "weakness"),
    ("Arm Twitching And Being Sick After Banging My Head", "head_injury"),
    ("fell off a stepladder and hit my head, now my hand twitches weakly", "head_injury"),
])
def test_emergencies_in_frightened_words(bot: Assistant, question: str, sign: str) -> None:
    signs = read(bot, question).signs
    assert sign in signs and "urgent" in signs, signs


@pytest.mark.parametrize(("question", "sign"), [
    # ... and their twins: flopping down tired, breath spent on a run, numbness a long
    # sit explains and that passed, a sickness before the knock
    ("Collapsed on the sofa after a double shift and my calf is jumping", "unconscious"),
    ("I get breathless when I run and my calves twitch afterwards", "breathing"),
    ("my foot went numb on a long drive, fine after a minute, now my calf twitches, why?",
     "numbness"),
    ("I was sick all last week with a bug, then I bumped my head on a cupboard, calf "
     "twitching", "head_injury"),
])
def test_twins_of_emergencies_show_no_emergency(bot: Assistant, question: str,
                                                sign: str) -> None:
    signs = read(bot, question).signs
    assert sign not in signs and "urgent" not in signs, signs


@pytest.mark.parametrize(("question", "sign", "urgent"), [
    # urgent signs in more of their everyday words
    ("Cheek Twitching, One Side Of My Mouth Won't Move", "weakness", True),
    ("Jaw Twitching And Mouth Pulling Sideways", "weakness", True),
    ("calves twitching and I needed a stick to get to bed tonight", "weakness", True),
    ("Face Numb On One Side And Eyelid Twitching", "numbness", True),
    ("tingling creeping from my ankles to my hips, thighs jumping", "numbness", True),
    ("my boyfriend had what I think was a fit in bed, bit his tongue, now his arm twitches",
     "unconscious", True),
    # ... while a night's drinking slept off, or breath spent on hill repeats, is none
    ("slurred a bit after too many pints at the stag do, back to normal once I sobered up. "
     "eyelid twitching since, why?", "speech", False),
    ("gasping after hill repeats this morning and my calves are flickering now", "breathing",
     False),
])
def test_more_urgent_signs_and_their_harmless_twins(bot: Assistant, question: str, sign: str,
                                                    urgent: bool) -> None:
    signs = read(bot, question).signs
    assert (sign in signs and "urgent" in signs) is urgent, signs


@pytest.mark.parametrize("question", [
    # a fit told by where it happens, or by someone who will not respond, beside a
    # person named, whatever thing "the floor" might frame
    "Husband on the floor shaking and not answering me what do i do",
    "Mum on floor shaking, not answering me",
    "mum wont respond to me and her eyes are open",
    "Flatmate's arm and face jerking for 5 mins and she's not responding",
])
def test_a_fit_told_by_who_saw_it_is_an_emergency(bot: Assistant, question: str) -> None:
    signs = read(bot, question).signs
    assert "unconscious" in signs and "urgent" in signs, signs


@pytest.mark.parametrize("question", [
    # ... not the assistant addressed, a sleeper not waking, a laugh, a message unanswered
    "you're not answering me. do i have it or not",
    "my son is 3, his legs jerk at night but he is not waking up",
    "Was on the floor shaking with laughter, now my cheek twitches",
    "my bf is not answering me and the stress has my eye twitching",
])
def test_twins_of_a_fit_told_by_who_saw_it(bot: Assistant, question: str) -> None:
    assert "unconscious" not in read(bot, question).signs


@pytest.mark.parametrize(("question", "sign"), [
    # emergencies typed by someone beside the person: breath stopped or slowed, a collapse
    # not answered, fits in a row, pills taken by the handful, a fall in the garden
    ("he's not breathing", "breathing"),
    ("Mate overdosed at a party. Breathing slow, lips grey", "breathing"),
    ("Mum collapsed, not responding, still breathing. What do I do??", "unconscious"),
    ("Three fits in a row, not waking between", "unconscious"),
    ("Grandad went down in the garden. Eyes open but not answering me", "unconscious"),
    ("Friend took loads of pills, getting drowsy. Don't know what they were", "overdose"),
    ("Overdose On Sleeping Tablets, Can't Wake Him", "overdose"),
    ("she told me she'd taken about twenty paracetamol, maybe more", "overdose"),
    ("her face started jerking ten mins ago and she can't get any words out", "speech"),
    ("Stroke Symptoms In Elderly Mother, What Do I Do", "speech"),
    ("Tonight she went rigid in her armchair, then both arms were jerking", "unconscious"),
    # ... whatever a desk's, a shop's or a bus's words may frame, of a stranger too
    ("Man Collapsed In Shop Not Breathing Properly", "unconscious"),
    ("Someone's fitting on the bus!! What now", "unconscious"),
    ("Now he is saying left side of his face is numb and he is not able to talk properly",
     "speech"),
    ("My colleague started slurring at her desk 15 mins ago and now she can't lift her "
     "cup. She wants to carry on with her spreadsheet.", "speech"),
    # ... and one told of no one, with nothing of a nutrient asked
    ("thunderclap headache now one side weak", "sudden_headache"),
    # ... as is weakness or numbness come on suddenly on a side of a body
    ("Sudden one sided weakness what to do", "weakness"),
    ("sudden left sided numbness in face and arm", "numbness"),
    # a whole side gone, a collapse with a fit or no waking, eyes open on nothing, words
    # garbled, a face gone slack, of a stranger in a shop too
    ("CANT FEEL MY RIGHT SIDE", "numbness"),
    ("Dad's Left Side Just Stopped Working During Dinner", "weakness"),
    ("Man collapsed shaking in Lidl, not waking up", "unconscious"),
    ("started shaking all over in his sleep, now he won't wake up properly", "unconscious"),
    ("the guy on the rower slid off the seat, eyes open but he's not looking at anything",
     "unconscious"),
    ("Gran's speech garbled, face looks wrong", "speech"),
    ("Numb arm, numb face, words wrong. Potassium?", "speech"),
    ("his right arm is limp and his face looks a bit slack on that side", "weakness"),
    # a fit on a floor named, a minute not answering, a blank ended on the floor
    ("friend says I was jerking on the gym floor and didnt respond for a minute after I "
     "cramped", "unconscious"),
    ("went into the walk in fridge and the next thing I remember is the lad shaking me, "
     "apparently I was on the floor for a minute. Is it just dehydration?", "unconscious"),
    ("Mum's 82, legs twitching and now she's confused and not making sense", "speech"),
    ("cant feel left side of my body", "numbness"),
    ("took 2 strips of my antidepressants in one go about an hour ago, feel shaky", "overdose"),
    ("I took 8 of my nan's tablets to help me sleep and now I'm scared", "overdose"),
    ("Wife Confused And Her Right Arm Is Limp", "weakness"),
    ("Numbness Spreading From Hand To Face", "numbness"),
    ("it's got worse, been sick twice and my girlfriend says I'm not making sense", "speech"),
    ("hit my head on the kerb, cheek twitching and I keep losing words halfway through "
     "sentences", "speech"),
    ("Friend took way too many of her diet pills and now she's shaking and twitching",
     "overdose"),
    ("my eyelid twitches and when I smile the left side of my mouth doesn't go up the same "
     "as the right", "numbness"),
    # ... or down a whole side of the body, however long it lasted, told in passing
    ("Want more potassium in my shopping. Twitchy legs since August, and last Saturday I "
     "went numb down my right side for half an hour. Which foods have it?", "numbness"),
    # a fit on a floor named before it, after a fall, or a body gone stiff, then no answer
    ("Lady on the shop floor shaking all over, help!!", "unconscious"),
    ("mum shaking all over and not answering me", "unconscious"),
    ("MY ARM HAS GONE COMPLETELY NUMB", "numbness"),
    ("One side of my face just dropped and my eye is twitching", "weakness"),
    ("Husband woke up, half his face won't move", "numbness"),
    ("my face dropped when i smiled and my eye twitches", "weakness"),
    ("Sudden Numb Face And Arm While Cooking", "numbness"),
    ("I am feel very numb in right side of my face and the arm also, since 20 minutes. Is "
     "this the B12 problem?", "numbness"),
    ("Whole arm jerking and I cant make it stop. Happening now!!", "unconscious"),
    ("Random but a bloke outside the shop is lying on the pavement twitching and not "
     "responding", "unconscious"),
    ("alexa my husband is twitching all over and not answering me", "unconscious"),
    ("Today his right arm started jerking, then he went stiff, dropped to the floor and didn't "
     "respond to any of us for about a minute. Is this just the coffee?", "unconscious"),
    ("Hubby just said my arm was hanging funny while I was talking and now I can't really "
     "lift it off the table", "weakness"),
    ("Man at the bus stop just dropped and hes jerking. Im with him, what do I do",
     "unconscious"),
    ("My dad was twitching in his chair then went stiff. Now he wont answer me!!",
     "unconscious"),
    # ... beside a medicine or a meal, told of a person named
    # ... or told as a carer or a second language tells it
    ("a lady fall down in the shop in front of me and she not wake up when i talk to her. "
     "what i should do", "unconscious"),
    ("resident not responding to voice or touch, breathing sounds noisy, im on my own on "
     "nights. first step?", "unconscious"),
    ("Please help, my wife since 20 minutes speak very strange words, not make sense, and "
     "her right hand is falling down from the table. What I do?", "speech"),
    ("about twenty mins ago the whole left side of my face stopped moving when I smile, my "
     "eyelids have twitched all week", "weakness"),
    ("she's 81, the left side of her face looks like it's slipped and it's coming out as "
     "nonsense words", "speech"),
    # ... or seen by someone beside them: an arm that drifted or dropped, a mouth down on
    # one side, words not the right ones, no eyes opened, no waking after a fit
    ("My uncle, 69, was holding his plate when his arm just drifted down and the plate "
     "slid off", "weakness"),
    ("My father in law is talking but the words are not the right words, all mixed up, and "
     "his mouth is down on the right side. He is 70. Is this from his sugar?", "speech"),
    ("Grandma mouth going one side what I do", "weakness"),
    ("Colleague's Arm Dropped, Can't Lift It", "weakness"),
    ("HELP dad cant lift his arm and face gone funny", "weakness"),
    ("Resident Won't Wake After Jerking In Chair", "unconscious"),
    ("Client not waking up this morning and breathing funny", "unconscious"),
    ("Stranger on the bus, her hand started jerking, then her whole arm, now she's slumped "
     "and not answering", "unconscious"),
    ("Older man on a bench, his arm started jerking, then both legs. Now he won't open his "
     "eyes or answer me", "unconscious"),
    ("my grandma say her tongue is heavy and she sound like she drink alcohol but she never "
     "drink", "speech"),
    ("Mom is 67, on video call her mouth on the left not moving when she smile and she say "
     "her arm feel weak also", "weakness"),
    # ... or a side not felt, typed one handed
    ("Can't feel my left side. Typing one handed", "numbness"),
    # ... or a fit with no answer, a sign only laughed off
    ("man at bus stop fitting, not responding", "unconscious"),
    ("quick pls my uncle 66 is at ours for dinner and his face has gone weird on one side "
     "and his words are jumbled, hes laughing it off but hes not right", "speech"),
    # ... or a fit counted in minutes, a fall with no answer
    ("Boyfriend fitting 3 mins, never had one before", "unconscious"),
    ("My brother is twitching in the arm and now he fall down and not answer me",
     "unconscious"),
    # ... or told of someone by who they are to the asker, or to no one: no answer, a fit
    # with foam, a fall then shaking, half a face still, a face not the same both sides, a
    # corner of a mouth still in a smile, words that will not come, an arm that falls, an
    # arm and a leg of one side, a hand "like sleeping"
    ("my husband is not responding and his arm keeps jerking", "unconscious"),
    ("Woman fitting on the platform, foaming at the mouth", "unconscious"),
    ("the lady next to me went down and now her body is shaking", "unconscious"),
    ("my wife sat down and now she not answer me", "unconscious"),
    ("grandpa woke up and half his face is not moving", "weakness"),
    ("the left corner of her mouth was not moving when she smiled at me", "weakness"),
    ("mother face not same both sides and tea come out when she drink", "weakness"),
    ("my neighbour cannot say the words and his hand falls down when he lifts it", "speech"),
    ("grandad talking double dutch and dropping his cup", "speech"),
    ("Wife fell, left arm and leg floppy now", "weakness"),
    ("her hand is like sleeping since an hour, the right one", "numbness"),
    # ... told in a story with a pastime's words in it
    ("We were doing the crossword and the left side of his face suddenly dropped. Do I wait "
     "till morning?", "weakness"),
    # ... or a face that feels changed on that side, a smile on one side only, a side
    # gone, one side told bare or as "1 side", a hand "no working", speech strange or slow,
    # a tongue thick, the worst headache of someone's life, an arm gone numb while typing
    # one handed, no waking after confusion, a limb jerking on its own then muddled
    ("my right arm has gone numb and my face feels strange on that side", "numbness"),
    ("my mum's smile is only on one side and she's gone all wobbly", "weakness"),
    ("Grandad on the kitchen floor, says his right side's gone", "weakness"),
    ("dad confused n leg floppy 1 side", "weakness"),
    ("sudden numbness one side", "numbness"),
    ("her hand is no working since this morning", "weakness"),
    ("he talks strange, like drunk but he not drink", "speech"),
    ("Mum's words are a bit slow and her tongue feels thick", "speech"),
    ("My brother said it was the worst headache of his life, like being hit with a hammer",
     "sudden_headache"),
    ("Typing one handed, right arm has gone numb", "numbness"),
    ("Husband diabetic, sweaty and confused, now won't wake", "unconscious"),
    ("my left arm started jerking on its own for about a minute and I felt muddled and "
     "tired after", "unconscious"),
    ("Hang on, her arm feels heavy and her mouth looks lopsided", "weakness"),
    # ... or in a frightened stranger's words: a smile that goes up on one side, no
    # waking, a headache like a gunshot, slumped with no answer, a face sliding, a mouth
    # gone to one side or down, an arm that does not answer, only wrong words, talk
    # anyhow, a side that feels not theirs, sight half black, purple lips, stiff and
    # jerking, no reaction to a shout
    ("Mum's Smile Only Goes Up On One Side", "weakness"),
    ("Grandad won't wake, breathing sounds odd", "unconscious"),
    ("Headache like a gunshot in my head, came on in one second", "sudden_headache"),
    ("uncle sudden very bad headache, vomiting", "sudden_headache"),
    ("Colleague slumped at her desk, not responding", "unconscious"),
    ("MUM FACE SLIDING DOWN ON THE LEFT", "weakness"),
    ("my husband mouth go one side and he no can move arm", "weakness"),
    ("her arm does not answer and the mouth is down", "weakness"),
    ("my father since twenty minutes speaks only wrong words", "speech"),
    ("my papa dey talk anyhow and him mouth don twist", "speech"),
    ("wife say one side body feel not hers", "numbness"),
    ("Husband's vision half black, hand gone numb", "numbness"),
    ("partner's lips purple and breathing rattly", "breathing"),
    ("my boyfriend is stiff on the floor and jerking", "unconscious"),
    ("the lad on the till doesn't react at all when we shout his name", "unconscious"),
    # ... or in fresh images: a face melted or half of it still, words slow and stretchy or
    # a string of sounds, a side heavy as lead since lunch, a leg dead after a nap, stiff as
    # a plank then jerking, random words with a hand still in a lap
    ("Dad's Face Looked Melted On The Left When He Laughed", "weakness"),
    ("only half his face smiled, the other side just hung there", "weakness"),
    ("her words have gone slow and stretchy since teatime", "speech"),
    ("his answers came out as a string of sounds", "speech"),
    ("Right side heavy as lead since lunch", "weakness"),
    ("my leg went dead after a nap and still won't hold me", "weakness"),
    ("husband went stiff as a plank then jerking all over, eyes open but nobody home",
     "unconscious"),
    ("Workmate answering with random words and her hand in her lap not moving", "speech"),
    # ... or a face that only looks changed beside an arm not felt or lifted
    ("oh god she just said she can't feel her left arm and her face looks weird", "numbness"),
    ("his face looks a bit odd and he says his right arm is weak", "weakness"),
    ("my hand has gone numb and one side of my face feels strange", "numbness"),
    # ... or beside a chest that pounds, hurts or tightens
    ("Took two Adderall and a Celsius. Chest pounding and my left arm has gone numb.",
     "numbness"),
    ("left arm tingling and twitching, 52M, chest pain too", "numbness"),
    ("Chest ache and my right arm has gone numb", "numbness"),
    ("Mother in law is slurring her words tonight. Is that her new tablets or a stroke??",
     "speech"),
    ("Just now at tea my dad's face went droopy on one side and he couldn't get his words out "
     "for maybe thirty seconds. He just wants to finish his pie. Can it wait till the GP "
     "opens?", "speech"),
    # a face that droops, hangs, slips or twists is a stroke's sign however it came on
    ("The man next to me on the bus has slumped against the window. The left side of his "
     "mouth is hanging down. Do I let him sleep?", "weakness"),
    ("my mum's face is drooping on the right and her hand keeps twitching", "weakness"),
    ("his mouth has gone to one side and his eyelid is twitching", "weakness"),
    ("the left side of her face looks like it's slipped, what do I do", "weakness"),
    # a body that shakes or jerks beside a fall, awareness lost, lips gone blue or minutes
    # of it, told anywhere in the story, is a fit
    ("Roommate went stiff as a board and then started jerking. Six minutes now", "fit"),
    ("guy at the party just dropped in the hallway and started shaking, lips going purple",
     "fit"),
    ("mate took something at the festival and now hes twitching and jerking on the grass and "
     "we cant get any sense out of him", "fit"),
    ("Someone came off the treadmill. He's twitching on the mat and we can't feel a pulse",
     "fit"),
    ("Colleague just stared at nothing for a minute smacking his lips, now he called me by "
     "the wrong name", "fit"),
    ("she keeps saying the same word and her hand twitches", "speech"),
    ("quick my dad cant lift his right arm and hes talking like hes drunk but he hasnt had "
     "a drop", "speech"),
    # someone fallen or found on a floor who cannot get up, stand or move a limb
    ("Found my neighbour on her kitchen floor. She can't get up and her left leg won't move "
     "at all, she's 80. Help", "fallen"),
    ("Dad Fell, Can't Stand, Seems Confused", "fallen"),
    ("Grandad came in from the allotment, his right arm is just hanging there and his hand "
     "twitches", "weakness"),
    ("my face feels not mine on the left and when I speak it come out strange", "speech"),
    ("when she tries to say my name it comes out as something else", "speech"),
    ("Halfway through lunch he put his fork down and couldn't pick it back up, and when he "
     "said he was fine it came out as mush", "speech"),
    ("my wife had a fall in the garden and now she can't stand up", "fallen"),
    ("My housemate was twitching all over and didn't respond for about two minutes, now "
     "she's groggy", "fit"),
    ("Boyfriend Had His First Fit In His Sleep", "unconscious"),
    # no answer told after what they did, or only "now"; a grandparent by another name
    ("Husband jerking all over, now not responding!!", "unconscious"),
    ("Partner making a rattly noise, won't wake up", "unconscious"),
    ("Found Dad on bathroom floor. Won't wake up.", "unconscious"),
    ("Koro collapsed in the garden, not responding. Rotorua", "unconscious"),
    ("my father just now suddenly shaking whole body on the floor, cannot respond, what to "
     "do lah", "unconscious"),
    ("Brother's fit has gone past five minutes. Epileptic.", "unconscious"),
    # a mouth skew or half of it moving, talk battled for, breath for a couple of words
    ("My ouma's mouth is skew and she's battling to talk, eish. What must I do?", "speech"),
    ("Mum just smiled at me and only half her mouth moved?? she says shes fine", "numbness"),
    ("his lips look greyish and he can only say a couple of words", "breathing"),
    ("sudden headache worse than childbirth and i cant see properly out of my right eye",
     "sudden_headache"),
    ("Last night I got a headache that came on like a light switch, the worst I've ever had",
     "sudden_headache"),
    ("My sister is shaking and twitching after taking too many of her pills, she's very "
     "drowsy", "overdose"),
    # a face that droops now beside how its owner has always been; legs gone suddenly
    ("her face is drooping, she has always been well", "weakness"),
    ("At the gym this morning my right leg suddenly went weak mid-squat", "weakness"),
    # a limb gone dead while posed that has not come back
    ("my foot went numb sitting cross legged an hour ago and hasn't come back", "numbness"),
])
def test_emergencies_typed_by_someone_beside_them(bot: Assistant, question: str,
                                                  sign: str) -> None:
    signs = read(bot, question).signs
    assert sign in signs and "urgent" in signs, signs


@pytest.mark.parametrize(("question", "dropped"), [
    # a clinician's plan the asker would stop, skip or swap
    ("Swap Prescribed Magnesium For Pumpkin Seeds?", True),
    ("GP prescribed 20,000 IU vitamin D once a week. Can I stop it and just sit outside at "
     "lunch instead?", True),
    ("Can I Skip My Follow Up Blood Test?", True),
    ("Vit D recheck is booked for January. It's only to see if the tablets worked, so it's "
     "not really needed, is it?", True),
    ("Is A Repeat Magnesium Test Really Necessary", True),
    # ... or one of ours a clinician gave or put the asker on, or a test missed or booked
    ("Stopped the vit D the doc gave me, made me sick. Twitches back. Now what", True),
    ("GP put me on 20,000 IU vitamin D weekly. Can I stop after 3 weeks instead of 6?", True),
    ("Missed My Follow Up Magnesium Blood Test, Does It Matter?", True),
    ("My GP has me on potassium tablets and a blood test next week. Can I skip the test if I "
     "eat all that?", True),
    # ... not another condition's medicine a clinician gave, nor a supplement that worked
    ("GP put me on amlodipine, can I take it at night instead of the morning?", False),
    ("The GP gave me colchicine for the gout, should I stop the beer too?", False),
    ("My GP tested my vitamin D, I took the tablets she gave me and my colleague swears her "
     "vitamin D tablets stopped her calf twitching. How does it work?", False),
    # ... not a prescription only named, a plan carried out, nor a recipe's swap
    ("My chemist says potassium tablets need a prescription here. Which foods can I eat "
     "instead?", False),
    ("His magnesium was low and had been replaced. He has a follow up blood test next week. "
     "What does magnesium do?", False),
    ("Making banana bread, can I swap the butter for mashed avocado?", False),
    ("The GP prescribed magnesium and my cramps have stopped, which foods have it?", False),
])
def test_a_plan_the_asker_would_drop_asks_them_to_ask_its_clinician(
        bot: Assistant, question: str, dropped: bool) -> None:
    assert ("plan_changed" in read(bot, question).signs) is dropped


@pytest.mark.parametrize("question", [
    "my husband fell asleep on the sofa and his leg keeps jerking, is that normal",
    "my hands were shaking after three coffees and I dropped my phone, magnesium?",
    "my eyelid started twitching on the 14th of November and it has not stopped since",
    "the baby just dropped off and his arms do little jerks, normal?",
    "I fell asleep on the sofa and now I can't get up without help, my legs twitch",
    "I twitch all over and can't stand the stress",
])
def test_a_body_asleep_shaken_or_tired_is_no_emergency(bot: Assistant, question: str) -> None:
    signs = read(bot, question).signs
    assert not {"fit", "fallen", "urgent"} & set(signs), signs


@pytest.mark.parametrize("question", [
    # ... and their twins: a possibility asked, tablets taken over years, a sign asked of
    # and answered no, an app that hangs
    "Can you overdose on magnesium tablets? Been taking two a day.",
    "I have taken lots of tablets over the years, does magnesium work",
    "Head knock? No. Dizzy? No. Weak? No. Just a twitchy eyelid",
    "the app is not responding and my eye twitches",
    "I'm not able to talk to my GP until next week, what helps twitching",
    "sudden weakness in the euro today",
    "my flatmate sees my eyelid flicker when we're talking. Nothing else wrong, just tired",
    "cheapest magnesium in Lidl? eyelid twitching",
    "I was working on the kitchen floor all day, next thing I knew my calf cramped",
    "my bf did not respond for hours to my texts, my eye twitches",
    "she is tired and not making sense of the new tablet instructions, her eye twitches",
    "I took all my meds in one go this morning as usual, calf twitching",
    "I took 2 of my magnesium tablets this morning, eye still twitching",
    "chest pounding after my third coffee and my eyelid keeps twitching",
    "my phone fell down the sofa and is not responding, eye twitching",
    "my son is two and his legs jerk as he falls asleep but he doesn't wake up",
    "my son is 3, at night his legs jerk many times but he is not waking up",
    "my wife now thinks her face looks different in photos, her eyebrow twitches",
    "my foot has gone floppy over the last few months and slaps the ground",
    "he's losing his grip, dropped two mugs this week",
    "she can't feel her left arm after sleeping on it, it's pins and needles",
    "his face looks weird since he shaved the beard off, his eyelid twitches",
    "my husband is not answering his phone, my eyelid twitches from worry",
    "he went down to the shop and my eye twitches",
    "my flatmate went down with flu, my eyelid keeps flickering",
    "is he talking rubbish, does magnesium stop cramps",
    "a man fitting our new kitchen noticed my eyelid twitching",
    "speech slowing down a bit over the year and my tongue flickers",
    "typing one handed while I feed the baby, my eyelid twitches",
    "I'm trying to find the right words to tell my sister about B12",
    "my legs have felt heavy as lead on the stairs for weeks and my thigh twitches",
])
def test_twins_of_emergencies_typed_by_someone_beside_them(bot: Assistant,
                                                           question: str) -> None:
    assert "urgent" not in read(bot, question).signs


@pytest.mark.parametrize(("question", "sign"), [
    # other signs in their own words: double vision by what it does, lips blue without a
    # verb, a jaw gone stiff after a wound, an arm that will not go up, unsteady as if
    # drunk when sober
    ("Eye flickering all week, tonight the presenter doubled and only went back to one "
     "when I shut an eye", "other_symptoms"),
    ("Boyfriend's lips blue, muscles twitching", "breathing"),
    ("Stiff twitchy jaw a week after rusty nail", "other_symptoms"),
    ("shoulder twitching for weeks, this week I couldn't get my arm up to the top shelf",
     "weakness"),
    ("thigh twitching, and I feel drunk when I'm stone cold sober", "other_symptoms"),
    ("Twitchy thigh after the gym, and lately my grip keeps failing", "weakness"),
    ("dropping the dog lead, hand twitchy, 49M", "weakness"),
    ("Potassium snack for my lunchbox? Also since Tuesday I cant really feel the left side "
     "of my tongue", "numbness"),
    # a cramp gripping hard is no weakness; a leg giving way beside cramps is
    ("My calf keeps cramping and on the stairs yesterday my left leg just gave way for a "
     "second. It came back after a second. Does a banana a day help?", "weakness"),
    # weakness that has lasted is no liking ("a weakness for crisps")
    ("weakness for months now, twitching too", "weakness"),
    # a worry told by hoping for the harmless name, or by checking the body every night
    ("Magnesium for BFS? praying it is BFS", "worry"),
    ("What foods should I eat for twitches? I've started testing my grip strength every "
     "night before bed just in case", "worry"),
    # a hand that will not grip or close when told to
    ("my left hand won't grip my phone properly, eyelid twitching for days", "weakness"),
    ("It felt like my fingers just didn't close when I told them to. Magnesium?", "weakness"),
    # getting up grown hard
    ("Thigh twitching for a bit and getting up from a low chair is really hard work",
     "weakness"),
    # strength lost as a second language says it; speech grown slower; a tongue wriggling
    ("My arm has not same force and twitch", "weakness"),
    ("Twitching + can't wee properly since Tues", "other_symptoms"),
    ("his right hand has started twitching and he's stopped using it to eat, he just uses "
     "his left now", "weakness"),
    ("Grandma, 90, face twitching on one side and her eye on that side won't shut properly",
     "weakness"),
    ("Calcium and Vit D Tablets Not Helping Hand Twitch or Grip", "weakness"),
    ("Mum's speech has got slower since the spring and she twitches a lot", "speech"),
    ("his tongue keeps wriggling when his mouth is open, he is 71", "worry"),
    ("eyelid twitching all week and today the room spun when I stood up", "other_symptoms"),
    # a head that aches in lay words
    ("Throbbing temples every afternoon for a fortnight and the muscle under my eye keeps "
     "jumping", "other_symptoms"),
    ("my head has been banging all week and my eyelid keeps flickering", "other_symptoms"),
    ("Eyelid twitching since the weekend. This morning my vision was doubled when I looked "
     "left, and it's still like that. Would drops help?", "other_symptoms"),
    ("Back of my hand feels like it's been to the dentist and the muscle by my thumb keeps "
     "jumping", "numbness"),
    ("twitching in my back, and my thigh", "places"),
    ("Twitching and sweating buckets every night, its not even hot in here",
     "other_symptoms"),
    ("calf twitches, I'd like more magnesium in my diet. I've also dropped about seven kilos "
     "since winter without changing anything", "other_symptoms"),
    ("I had a tumble in the garden a while back, nothing broken, didn't see the edge of the "
     "lawn. Twitches in my calves most evenings", "other_symptoms"),
    # legs still weak days after a session, or weaker than they used to be
    ("cramps plus weakness in calves after the marathon, still weak 4 days later",
     "weakness"),
    ("my right leg is weak and drags since my workout a month ago", "weakness"),
    ("The lifeguard gets winded on short swims now, he used to do forty lengths. His arms "
     "twitch", "breathing"),
])
def test_other_signs_in_lay_words(bot: Assistant, question: str, sign: str) -> None:
    assert sign in read(bot, question).signs


@pytest.mark.parametrize(("question", "sign", "shown"), [
    # a faint checked by a professional and cleared, nothing since: the story's background
    ("I passed out at my niece's wedding in September, it was roasting in that marquee. "
     "Paramedics did an ECG in the car park, all normal. What foods are high in magnesium?",
     "unconscious", False),
    ("I fainted at work last Monday, A&E said dehydration and sent me home fine. What's the "
     "link between not drinking enough and twitching?", "unconscious", False),
    # ... but not one that came back, nor one doubted since
    ("I fainted at work last Monday, A&E said dehydration and sent me home, but it happened "
     "again today and my legs twitch", "unconscious", True),
    # any other sign only once told passed: numb hands that are fine since, not a grip that
    # is still weak however normal a test was
    ("Had a panic attack on Friday, my hands went numb, paramedics checked me and said I'd "
     "been hyperventilating, all fine since. Does anxiety cause twitching?", "numbness", False),
    ("his thumb twitches and now he cannot open the pickle jar, the grip is less. Our family "
     "doctor did a sugar test which was normal", "weakness", True),
    # ... and never a knock to the head, which came before the twitch begun since
    ("Took a knock to the head in a tackle on Thursday, the physio had a look and said I was "
     "fine to go home. Since Friday my left eyelid has been twitching.", "other_symptoms",
     True),
])
def test_a_sign_checked_and_cleared_by_a_professional_is_background(
        bot: Assistant, question: str, sign: str, shown: bool) -> None:
    assert (sign in read(bot, question).signs) is shown


@pytest.mark.parametrize(("question", "numb"), [
    # a limb gone dead from how it was sat on, said to have passed, is explained though
    # the posture was told well before the pins and needles
    ("I teach Year 4 and had to sit cross-legged on the hall floor through a two hour "
     "nativity rehearsal. When I stood up my left leg was completely dead and tingly, it "
     "came back after a minute of hobbling round the piano. That night the calf twitched",
     False),
    # ... but not numbness with no posture, however soon it passed
    ("My left leg went completely dead and tingly, it came back after a minute of hobbling "
     "round the piano. That night the calf twitched", True),
    # standing up after sitting, a phone held up in bed, then feeling back
    ("Sat on the hall floor for an hour at the nativity. When I stood up my right foot was "
     "completely dead, numb and then pins and needles. It was back to normal within five "
     "minutes. Is this a B12 thing?", False),
    ("Hand went numb holding my phone in bed, shook it and it came back. Twitches in my "
     "palm after. Stress or dehydration?", False),
    ("Sat cross-legged on the floor for about an hour doing a jigsaw with my niece, stood up "
     "and my right foot was completely dead, then pins and needles for a couple of minutes. "
     "Totally back to normal now. My calf twitches in bed, what helps?", False),
    ("when I stood up my foot was completely pins and needles, it took a minute or two to "
     "come back and then it was totally normal", False),
    # ... but not numbness on standing that has not passed
    ("When I stood up my right foot went numb and it still is, calf twitching", True),
    ("Sat cross legged at the school assembly and my whole foot went numb and tingly. It was "
     "fine five minutes later and has been fine since. Can low B12 make that worse?", False),
    ("my leg went dead sitting on the toilet scrolling, came back after a min. anyway, what "
     "foods have B12?", False),
    # ... told passed further on in a long story, but not only hoped to have passed
    ("Woke at 3am with my right arm completely numb and useless, absolutely freaked out, then "
     "realised I'd been lying on it with my whole head on top. It came back with horrible pins "
     "and needles within a couple of minutes, and today it's totally normal. But this "
     "afternoon my bicep had a little twitch for a while.", False),
    ("two of my fingers lost a bit of feeling after i slept on my arm funny on sunday night, "
     "and now those are the ones that twitch. its wednesday and the fuzzy feeling hasnt really "
     "gone, i figured it would have worn off by now", True),
])
def test_a_posture_told_well_before_explains_the_numbness(bot: Assistant, question: str,
                                                          numb: bool) -> None:
    assert ("numbness" in read(bot, question).signs) is numb


@pytest.mark.parametrize(("question", "sign"), [
    # a body overheating, seeing what is not there or jerking past stopping after drugs
    # taken for fun, or after heavy drinking stopped
    ("Mate twitching and overheating after pills at party", "drug_reaction"),
    ("He's been a heavy drinker for years and stopped two days ago. Today he's shaking, "
     "twitching and says he can see bugs on the wall", "drug_reaction"),
    ("took mdma at a festival, now my legs are jerking non stop", "drug_reaction"),
    # a whole body jerking for minutes, past stopping or with a mind muddled
    ("right now my whole body is jerking, arms and legs, and I can't make it stop, it's "
     "been going about five minutes", "fitting_now"),
    ("my whole body is shaking and I feel really confused", "fitting_now"),
    # in the heat, a body that stopped sweating or a mind gone muddled
    ("44 degrees on site all week. Today my legs twitched, I stopped sweating and got "
     "really confused", "heat_illness"),
    ("my mate has been in the sun all day in this heatwave, now he's twitching and seems "
     "confused", "heat_illness"),
    # pills swallowed by mistake, a supplement's too
    ("I took about 15 magnesium tablets by mistake and now I'm really dizzy", "overdose"),
    # weakness or a face dropped that came and went within minutes, as a mini stroke does
    ("On Sunday my left hand went useless and the left side of my face felt like it had "
     "dropped, for about ten minutes, then it all came back", "weakness"),
    ("my arm went weak for a few minutes then it was fine again, eyelid twitching all week",
     "weakness"),
    # drugs named by what they were or where, withdrawal counted in days, a spiked drink
    ("friend gone blue and snoring weird after heroin where do i spray the narcan",
     "drug_reaction"),
    ("Spiked drink? Friend floppy and jerking", "drug_reaction"),
    ("friend took 2 pills at a rave and hes boiling hot and twitching what do i do",
     "drug_reaction"),
    ("Day 3 off booze. Twitching, seeing bugs.", "drug_reaction"),
    ("I've been drinking about a bottle of vodka a day. Stopped on Thursday, the shakes, "
     "twitching, and I keep seeing little things moving at the edge of my vision",
     "drug_reaction"),
    # a heart attack's signs, of anyone
    ("chest twitching and pain going down my left arm and jaw sweating", "heart_attack"),
    ("Colleague clutching chest, grey, arm twitching. Office.", "heart_attack"),
    # a stiff neck beside a fever; a lump on the head on blood thinners
    ("temperature hit 39.8 last night, whole body twitching and my neck is really stiff",
     "meningitis"),
    ("She takes apixaban. There's a swelling above her left ear and her hand keeps twitching",
     "head_injury"),
    ("Headbutted by accident at football, was dazed for a bit. Now my hand is twitching",
     "head_injury"),
    # no answer, a fit counted in minutes, breath not right, a mind muddled all at once
    ("hes stopped shaking but he wont answer me", "fit"),
    ("mate fitting over 5 mins now", "fit"),
    ("Partner Twitching In Sleep And Not Breathing Properly", "breathing"),
    ("Sudden Confusion And Twitching In Elderly", "speech"),
    # meningitis's other signs beside a fever: a rash under a glass, a neck that will not
    # bend, a mind confused
    ("gf has a temp and a rash that doesnt fade under a glass, stiff neck, twitchy and "
     "really sleepy", "meningitis"),
    ("Fever 39.2, headache behind my eyes, can't bend my neck forward and my legs keep "
     "twitching", "meningitis"),
    ("High fever, twitching, confused after Thailand trip", "meningitis"),
    # pills taken too many, by the number at once, or for what they were thought to be
    ("Twitching After Too Many Sleeping Tablets", "overdose"),
    ("Took 6 Slow-K at once and my heart feels funny", "overdose"),
    ("I swallowed my pills thinking they were my magnesium, now dizzy", "overdose"),
    # a collapse in a headline, twitching down one side with no answer
    ("Man Collapses On Tube With Twitching Limbs - What Should Bystanders Do?", "unconscious"),
    ("my partner is twitching down one side of his body and not answering me. been like 3 "
     "mins", "unconscious"),
    # a knock to the back of someone's head, then the same questions again
    ("my wife slipped on the ice and banged the back of her head, she keeps asking the same "
     "questions and her arm is jerking", "head_injury"),
    # a stroke's sign that passed within minutes, told by how long it lasted
    ("yesterday I couldn't find the word for 'fork' for about a minute at dinner, and my "
     "right hand felt clumsy and weak while it lasted. My eyelid's been twitching all week",
     "weakness"),
    ("Tonight at dinner he tried to ask for the salt and it came out as nonsense. It lasted "
     "maybe two minutes, now his right hand has a twitch in it", "speech"),
    # half an eye's sight gone
    ("cant see out of the bottom half of my left eye since this morning and the lid keeps "
     "twitching", "sight_lost"),
])
def test_emergencies_of_drugs_heat_fits_and_passing_strokes(bot: Assistant, question: str,
                                                             sign: str) -> None:
    signs = read(bot, question).signs
    assert sign in signs and "urgent" in signs, signs


@pytest.mark.parametrize("question", [
    # the same words with no substance, no heat, no fit and nothing gone
    "overheating after my run and my calves twitch",
    "it was boiling hot at the festival and my calf twitched after",
    "I'm confused about vitamin D, my temperature is normal, eyelid twitching",
    "My boyfriend jokes I take too many pills: multivitamin, magnesium, vitamin D",
    "a week and a half of my eye twitching, could the red bulls be it",
    "collapsing into bed exhausted every night, calves twitch, magnesium?",
    "saw bugs in my kitchen this morning, my eyelid twitches",
    "I'm a heavy drinker, does alcohol make twitching worse?",
    "I'm confused about magnesium types, it's 30 degrees here and my calf twitches",
    "my whole body jerks as I fall asleep, is that normal",
    "I bought calcium tablets by mistake, are they ok for my twitching",
    "I took 10 mg of magnesium tablets, is that enough for an eye twitch",
    "pre-workout makes my face tingly for about twenty minutes, then my calf twitches",
    "acid reflux burning up into my throat at night, what helps",
    "stopped drinking on weeknights and I wake with my heart racing, twitches everywhere",
    "three weeks off the booze, eyelid twitch gone, which foods have magnesium",
    "my eyelid twitches and my chest hurts",
    "stiff neck from sleeping funny, eyelid twitching",
    "he won't answer my texts and the stress has my eye twitching",
])
def test_twins_of_emergencies_of_drugs_heat_fits_and_passing_strokes(
        bot: Assistant, question: str) -> None:
    assert "urgent" not in read(bot, question).signs


@pytest.mark.parametrize(("question", "shown"), [
    # drugs taken for fun beside a twitch: the sources cover none, so care leads
    ("Muscle Twitching A Week After Ecstasy", True),
    ("Why Does Molly Make Your Jaw Twitch?", True),
    ("I smoke weed every night, could that be why my eyelid twitches?", True),
    # a word class inside a word class: "{took} some pills at"
    ("he swallowed some pills at a house party and now his leg keeps twitching", True),
    # ... not a joint of the body, a garden weed, or drugs with no twitch
    ("Cheek rash, achy joints, twitching muscles", False),
    ("pulling weeds all day, now my forearm twitches", False),
    ("what foods have magnesium? I smoke weed", False),
])
def test_drugs_taken_beside_a_twitch_lead_to_care(bot: Assistant, question: str,
                                                  shown: bool) -> None:
    assert ("drugs_taken" in read(bot, question).signs) is shown


@pytest.mark.parametrize(("question", "feared"), [
    # an illness weighed against an everyday cause is asked as what the twitch may be
    ("Serotonin Syndrome Or Just Anxiety Twitching?", True),
    ("Nerve Damage Or Just Anxiety Twitching?", True),
    ("BFS or something worse? calf twitching for a week", True),
    # ... not one denied, nor "or not", nor two illnesses weighed against each other
    ("my eye twitches, no headache or anything. what can i eat", False),
    ("diabetes or not, my eyelid twitches, how much magnesium do i need", False),
    ("Tourette's vs chronic tic disorder, what's the difference", False),
])
def test_an_illness_weighed_against_another_cause_is_feared(bot: Assistant, question: str,
                                                            feared: bool) -> None:
    assert ("fear" in read(bot, question).signs) is feared


@pytest.mark.parametrize(("question", "lasting"), [
    # a count before "of" counts months and years ("a couple of years")
    ("Left eyelid has been flickering on and off for a couple of years now.", True),
    ("Twitch in my cheek on and off for a couple of years, comes back whenever work gets "
     "crazy", True),
    ("my thigh has twitched for a few of months now", True),
    # a day of the year named with "last year" after it is a year further back
    ("Eyelid Twitching Since Thanksgiving Last Year", True),
    ("twitching since bonfire night the year before", True),
    # ... not the same day this year, nor a span of something else
    ("Eyelid Twitching Since Thanksgiving", False),
    ("I've been vegan for a couple of years, eyelid twitching since Friday", False),
])
def test_spans_counted_before_of_and_days_of_last_year(bot: Assistant, question: str,
                                                       lasting: bool) -> None:
    assert ("duration" in read(bot, question).signs) is lasting


@pytest.mark.parametrize(("question", "shown"), [
    # a chest that hurts beside a twitch; a body that stopped sweating in the heat
    ("my eyelid twitches and my chest hurts", True),
    ("calf twitching and my chest has been hurting since lunch", True),
    ("Stopped Sweating And Muscles Twitching In The Heat", True),
    # ... not a chest day at the gym
    ("Did a heavy chest day yesterday and there's a little twitch in my left pec", False),
])
def test_a_chest_in_trouble_or_sweat_stopped_beside_a_twitch(bot: Assistant, question: str,
                                                             shown: bool) -> None:
    assert ("other_symptoms" in read(bot, question).signs) is shown


@pytest.mark.parametrize(("question", "shown"), [
    # heavy drinking withdrawn from, named as such, beside a twitch: care leads
    ("Alcohol Withdrawal Twitching When To Worry", True),
    ("trying to quit drinking, day 2, hands twitchy and sweaty", True),
    # ... not a dry month, nor coffee given up
    ("three weeks off the booze for a charity thing and my eyelid twitch went away", False),
    ("stopped drinking coffee 3 days ago, eyelid twitching", False),
])
def test_drinking_withdrawn_from_beside_a_twitch_leads_to_care(bot: Assistant, question: str,
                                                                shown: bool) -> None:
    assert ("drink_withdrawal" in read(bot, question).signs) is shown


@pytest.mark.parametrize("question", [
    # sight lost in part of an eye, double vision come on suddenly, a curtain, a shower of
    # floaters: an eye emergency, whoever it is
    "Seeing double since I woke up and my cheek keeps jumping. What do I do?",
    "suddenly seeing double and my cheek keeps jumping",
    "lost the vision in my left eye an hour ago, and my eyelid is twitching",
    "Eyelid Spasm And Sudden Vision Loss In One Eye",
    "my eyelid twitches and now there's like a curtain coming down over that eye",
    "eye twitching for days and today a shower of floaters in it",
    "Eye twitch plus double vision since morning",
])
def test_sight_lost_or_suddenly_doubled_beside_a_twitch_is_urgent(bot: Assistant,
                                                                  question: str) -> None:
    signs = read(bot, question).signs
    assert "sight_lost" in signs and "urgent" in signs, signs


@pytest.mark.parametrize(("question", "signs_shown"), [
    # a faculty lost or changed, told as a headline's noun: care, not an emergency
    ("Eyelid Spasm And Vision Loss In One Eye", {"other_symptoms"}),
    ("Twitching Thumb And Loss Of Grip Strength", {"other_symptoms"}),
    ("Twitching And Speech Changes", {"other_symptoms"}),
    ("wavy vision and arm twitching", {"other_symptoms"}),
    ("Head Pain With Muscle Twitching In Neck", {"other_symptoms"}),
    # ... a voice gone rough or strange
    ("Raspy Voice And Muscle Twitching", {"other_symptoms"}),
    ("People keep saying I sound different on the phone, and my chin twitches. Related?",
     {"other_symptoms"}),
    # ... sight doubled a while, or a smudge that drifts
    ("Also my eyelid twitches, and this morning everything was doubled for about a minute",
     {"other_symptoms"}),
    ("there's a dark smudge that drifts across my right eye and the lid keeps flickering",
     {"other_symptoms"}),
    # ... and not a voice lost shouting, sight that went black on standing, an eye blind
    # since birth, or a question about a nutrient
    ("Lost my voice shouting at the match on Saturday, what's behind a twitch in my shoulder",
     set()),
    ("I've been blind in one eye since birth, the other eyelid twitches, what foods have "
     "magnesium", set()),
    ("does low vitamin d cause sudden vision loss", set()),
    # ... and double vision for a second is care, not an emergency
    ("this morning I was seeing double for a second after the gym, calf twitching",
     {"other_symptoms"}),
])
def test_a_faculty_lost_or_changed_beside_a_twitch_leads_to_care(
        bot: Assistant, question: str, signs_shown: set[str]) -> None:
    signs = set(read(bot, question).signs)
    assert signs & {"other_symptoms", "sight_lost", "urgent"} == signs_shown, signs


def test_sight_gone_black_on_standing_is_care_not_an_emergency(bot: Assistant) -> None:
    signs = read(bot, "Stood up from the sofa and my vision went black for a second, then "
                      "fine. My calf has been twitching since I doubled my mileage").signs
    assert "urgent" not in signs and "other_symptoms" in signs, signs


@pytest.mark.parametrize(("question", "audience"), [
    # an asker who says he is a man or a father: no pregnancy or breastfeeding named beside
    # his own twitch is his
    ("Been up every night with the baby and now my own left eyelid won't stop twitching. "
     "I'm the dad, so none of the breastfeeding stuff, just no sleep. Is it tiredness?", None),
    ("New dad here, nothing to do with breastfeeding lol, my eyelid flickers during the late "
     "feeds, is it the lack of sleep?", None),
    # ... but his partner's pregnancy is still hers when he asks for her, and a mother's
    # breastfeeding is her own
    ("I'm the dad, my wife is breastfeeding, can she take magnesium", "pregnancy"),
    ("dad here, my partner is pregnant and her legs twitch at night, is magnesium ok for her",
     "pregnancy"),
    ("Breastfeeding mum here, my eyelid won't stop twitching, is magnesium ok?", "pregnancy"),
])
def test_a_pregnancy_named_by_a_father_is_not_his_own(bot: Assistant, question: str,
                                                      audience: str | None) -> None:
    assert read(bot, question).audience == audience


@pytest.mark.parametrize(("question", "sign", "shown"), [
    # mushy said of speech is slurred speech; of curds, a cook's trouble
    ("mushy words and twitchy jaw, low B12?", "speech", True),
    ("my speech is all mushy and my lip twitches", "speech", True),
    ("my paneer came out mushy, how much calcium chloride do I add", "speech", False),
    # weak said of curds or dough is no body's weakness
    ("my paneer came out with weak curds, does the milk need more calcium", "weakness", False),
    ("my legs feel weak and my calf twitches", "weakness", True),
])
def test_a_cooks_words_are_no_signs(bot: Assistant, question: str, sign: str,
                                    shown: bool) -> None:
    assert (sign in read(bot, question).signs) is shown
