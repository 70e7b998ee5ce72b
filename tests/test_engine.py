"""The engine as a user meets it: questions in, replies out.

Each table row is a question written the way people type, the intent and entity
the engine should find, and facts the answer must (or must not) carry.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant import Assistant, Candidate, Reply, answers
from assistant.dialogue import State
from assistant.intents import IntentSet
from assistant.matcher import OverlapMatcher

CARE_WORDS = ("doctor", "healthcare provider", "emergency")


@pytest.fixture(scope="module")
def bot() -> Assistant:
    return Assistant()


def lead_of(reply: Reply) -> str:
    """The first sentence of a reply: the care advice, when a sign leads it."""
    return reply.text.split(". ")[0] + "."


def words_of(text: str) -> int:
    """Words as a reader counts them: 'best-known' is two."""
    return len(re.sub(r"[-/]", " ", text).split())


def assert_mentions(reply: Reply, required: Sequence[str], forbidden: Sequence[str] = ()) -> None:
    text = reply.text.lower()
    for fact in required:
        assert fact.lower() in text, f"{fact!r} missing from: {reply.text}"
    for fact in forbidden:
        assert fact.lower() not in text, f"{fact!r} should not be in: {reply.text}"


def last_reply(bot: Assistant, turns: Sequence[str]) -> Reply:
    """The reply to the last turn of a conversation, after the turns before it."""
    conversation = bot.conversation()
    for question in turns[:-1]:
        conversation.ask(question)
    return conversation.ask(turns[-1])


ANSWERS = [
    # question, intent (None: any, so long as it is answered), (entity kind, id) or None,
    # facts required, facts forbidden
    ("whats a fasciculation", "about_twitching", None, ["fibres", "involuntarily"], ["banana"]),
    ("why does my muscle keep twitching", "causes", None, ["stress", "dehydration"], ["almond"]),
    ("can drinking too much coffe make my eye jump", "trigger", ("trigger", "caffeine"),
     ["caffeine", "cutting back"], ["banana"]),
    ("do beers make twitching worse", "trigger", ("trigger", "alcohol"), ["alcohol"], ["yoga"]),
    # a race named by its distance or its name is strenuous exercise
    ("Calf Twitching After Saturday's Parkrun", "trigger", ("trigger", "exercise"),
     ["fluid"], []),
    ("knackered after my first 10k, quads twitching", "trigger", ("trigger", "exercise"),
     ["electrolyte"], []),
    ("My calf twitches after five a side, is that normal?", "trigger",
     ("trigger", "exercise"), ["sweat"], []),
    # drinks, foods and vitamins as other Englishes and voice typing name them
    ("Irn Bru giving me a twitchy eye?", "trigger", ("trigger", "caffeine"), ["caffeine"], []),
    ("Kopi O Kosong Cause Eye Twitch Or Not", "trigger", ("trigger", "caffeine"),
     ["caffeine"], []),
    ("Does Gutka Cause Muscle Twitching?", "trigger", ("trigger", "nicotine"), ["nicotine"],
     []),
    ("Is Palak Good For Magnesium?", "food_nutrients", ("food", "spinach"), ["Spinach"], []),
    ("Bee twelve good for the nerves?", "nutrient_role", ("nutrient", "b12"), ["nerve"], []),
    # "sets off" asks what causes it; "explain like I'm five" names no child
    ("What sets off twitches in otherwise healthy people?", "causes", None, ["stress"], []),
    ("Electrolyte imbalance and twitching, explain like I'm five", "trigger", None,
     ["electrolyte"], []),
    # asked whether it is normal: the outlook first, then the trigger
    ("Random bicep twitch this morning after the gym. Normal?", "trigger",
     ("trigger", "exercise"), ["harmless and temporary", "fluid"], []),
    ("does coffee cause twitching", "trigger", ("trigger", "caffeine"), ["caffeine"],
     ["harmless"]),
    # a body part's twitch of no one in particular, after something from elsewhere
    ("is a twitching thumb normal after gaming", "about_twitching", None, ["harmless"], []),
    # what a twitch of everyday life might be from: the causes, not a fear
    ("my eye twitches, could it be screen time", "causes", None, ["stress", "sleep"], ["doctor"]),
    ("three days of guinness in dublin and now my eyelid twitches, is the drink to blame?",
     "trigger", ("trigger", "alcohol"), ["alcohol"], ["yoga"]),
    ("i quit drinking in march and my calf still twitches, could it be the booze?",
     "trigger", ("trigger", "alcohol"), ["alcohol"], ["yoga"]),
    ("i am barely drinking at the moment, could that make my eye twitch", "trigger",
     ("trigger", "dehydration"), ["fluid"], ["alcohol"]),
    ("if i stop drinking coffee will my eye stop twitching", "trigger",
     ("trigger", "caffeine"), ["caffeine"], ["alcohol"]),
    ("my dad is in his seventies, how much vitamin d does he need", "nutrient_intake",
     ("nutrient", "vitamin-d"), ["800 IU", "75"], []),
    ("I'm 63 (female), what's my b6 number", "nutrient_intake", ("nutrient", "b6"),
     ["1.5 mg"], []),
    ("i vape a lot, could nicotine cause this twitching", "trigger", ("trigger", "nicotine"),
     ["nicotine", "nervous system"], []),
    ("work has been so stressful and my eyelid twitches", "trigger", ("trigger", "stress"),
     ["stress", "meditation"], ["banana"]),
    ("i'm exhausted lately, could tiredness cause twitches", "trigger", ("trigger", "fatigue"),
     ["fatigue", "7 to 9 hours"], []),
    ("does being dehydrated cause muscle twitching", "trigger", ("trigger", "dehydration"),
     ["electrolyte", "fluid"], ["meditation"]),
    ("twitching after the gym, why?", "trigger", ("trigger", "exercise"),
     ["sweat", "electrolyte drinks"], ["mushroom"]),
    ("what are electrolytes exactly", "electrolytes", None,
     ["electric charge", "potassium, magnesium, and calcium"], ["caffeine"]),
    ("what does magnesum do for muscles", "nutrient_role", ("nutrient", "magnesium"),
     ["relaxation", "calcium"], ["banana"]),
    ("why do we need potasium", "nutrient_role", ("nutrient", "potassium"),
     ["nerve signals", "contractions"], ["tetany"]),
    ("is vitamn d important for muscles", "nutrient_role", ("nutrient", "vitamin-d"),
     ["absorb calcium"], ["hypokalemia"]),
    ("what does b12 do", "nutrient_role", ("nutrient", "b12"),
     ["central and peripheral nervous systems"], []),
    ("symptoms of a magnesium deficiency?", "nutrient_symptoms", ("nutrient", "magnesium"),
     ["spasms", "cramps"], ["hypokalemia"]),
    ("how do i know if im low on potassium", "nutrient_symptoms", ("nutrient", "potassium"),
     ["hypokalemia", "muscle weakness"], ["tetany"]),
    ("signs of low calcium", "nutrient_symptoms", ("nutrient", "calcium"), ["tetany"], ["banana"]),
    ("What does low vitamin D do?", "nutrient_symptoms", ("nutrient", "vitamin-d"), ["weak"],
     []),
    ("what foods r high in magnesium", "nutrient_foods", ("nutrient", "magnesium"),
     ["spinach", "almonds", "dark chocolate"], ["banana", "sardines"]),
    ("what has potassium", "nutrient_foods", ("nutrient", "potassium"),
     ["bananas", "sweet potatoes", "lentils"], ["almonds"]),
    ("where do i get vit d from", "nutrient_foods", ("nutrient", "vitamin-d"),
     ["sunlight", "mackerel", "mushrooms"], ["tofu"]),
    ("calcium sources without dairy", "nutrient_foods_without", ("diet", "dairy-free"),
     ["tofu", "fortified plant-based milks"], ["cheese", "yogurt"]),
    ("im vegan, where do i get b12", "nutrient_foods_without", ("diet", "vegan"),
     ["fortified cereals"], ["meat", "eggs"]),
    ("foods with both magnesium and potassium", "foods_shared", ("nutrient", "potassium"),
     ["spinach and avocados"], ["bananas"]),
    ("what nutrients are in bananas", "food_nutrients", ("food", "banana"),
     ["bananas are", "potassium"], ["calcium"]),
    ("is spinach good for twitching", "food_nutrients", ("food", "spinach"),
     ["spinach is", "magnesium", "potassium"], []),
    ("should i take magnesium supplements", "nutrient_supplements", ("nutrient", "magnesium"),
     ["350 mg", "not medical advice"], ["banana"]),
    ("whats the upper limit for vitamin d", "nutrient_limit", ("nutrient", "vitamin-d"),
     ["4,000 IU"], []),
    # a dose the asker takes, and whether to go up: the limit, with the dose judged
    ("I take 200mg magnesium, can I take more", "nutrient_limit", ("nutrient", "magnesium"),
     ["200 mg", "350 mg"], []),
    ("on 1000 iu vitamin d, should i go higher", "nutrient_limit", ("nutrient", "vitamin-d"),
     ["4,000 IU"], []),
    ("how much magnesium do i need a day", "nutrient_intake", ("nutrient", "magnesium"),
     ["400 mg", "310 mg", "not medical advice"], ["3,400"]),
    ("32 M how much potassium per day", "nutrient_intake", ("nutrient", "potassium"),
     ["3,400 mg"], ["2,600"]),
    ("daily calcium for a 60 year old woman", "nutrient_intake", ("nutrient", "calcium"),
     ["1,200 mg"], ["1,000 mg"]),
    ("my friend swears by bananas. is potassium the answer?", "nutrient_role",
     ("nutrient", "potassium"), ["nerve"], []),
    ("how do magnesium and calcium work together", "nutrient_interaction",
     ("nutrient", "calcium"), ["contract", "relax"], ["banana"]),
    ("magnesium vs potassium", "nutrient_compare", ("nutrient", "magnesium"),
     ["regulating calcium", "nerve signals"], []),
    ("which vitamins help with twitching", "helpful_nutrients", None,
     ["magnesium", "vitamin D", "B vitamins"], []),
    ("how can i make my eye stop twitching", "relief", None, ["sleep", "stress"], ["tetany"]),
    ("would stretching help my legs at night", "lifestyle", ("factor", "stretching"),
     ["before bed"], ["sardines"]),
    ("how much sleep should i get for twitching", "lifestyle", ("factor", "sleep"),
     ["7 to 9 hours"], []),
    ("who is most at risk of running low", "at_risk", None, ["athletes", "sweat"], []),
    ("when should i see a doctor about twitching", "seek_care", None, ["2 weeks"], []),
    ("where can i read more about this", "learn_more", None, ["Cleveland Clinic"], ["banana"]),
    ("hello", "greet", None, ["muscle twitching"], []),
    ("thank you so much", "thanks", None, ["welcome"], []),
    ("bye for now", "goodbye", None, ["take care"], []),
    ("what can i ask you", "help", None, ["magnesium", "doctor"], []),
    ("Hello, what sort of things can you answer?", "help", None, ["magnesium", "doctor"], []),
    # "remind me" before a question asks it: no reminder to set
    ("Remind me what potassium does?", "nutrient_role", ("nutrient", "potassium"),
     ["electrolyte"], []),
    # dried out is dehydrated
    ("It's been 38 degrees all week and my calf twitches every arvo. Am I just dried out?",
     "trigger", ("trigger", "dehydration"), ["fluid"], []),
    # a food the stomach will not take is ruled out of the list
    ("Dairy gives me a bad stomach. Where else can I get calcium from?", "nutrient_foods",
     ("nutrient", "calcium"), ["tofu"], ["cheese"]),
    # a pronoun raised ("bump it up") is the nutrient a story measured, and the test that
    # measured it is how the level is known, not the subject
    ("Potassium was 3.6 on my last blood test, lowish the nurse said. What foods would "
     "bump it up a bit?", "nutrient_foods", ("nutrient", "potassium"), ["banana"], []),
    ("magnesium came back low on my bloods, what can i eat to raise it", "nutrient_foods",
     ("nutrient", "magnesium"), ["spinach"], []),
    # "which" going on with what the doctor said is no question of its own
    ("My magnesium came back 0.78 on my bloods, which the GP said is normal. Still worth "
     "eating more magnesium foods for twitches?", "nutrient_foods", ("nutrient", "magnesium"),
     ["spinach"], []),
    # "who thinks" goes on with someone's saying: no question, and his "he" not the asker
    ("I'm 62. My brother-in-law, who thinks he's a doctor, says everyone over sixty needs "
     "huge B12 doses. What is the normal daily amount of B12 for an adult?",
     "nutrient_intake", ("nutrient", "b12"), ["at age 62"], ["for a man"]),
    # a sister's condition told, the asker's own amount asked
    ("My sister has a thyroid problem and takes calcium. Should I? I'm a 45 year old woman, "
     "how much do I need a day?", "nutrient_intake", ("nutrient", "calcium"), ["1,000 mg"],
     []),
    # nerves before an inspection are stress
    ("Ofsted are in next week and my eye keeps flickering. Is it just nerves?", "trigger",
     ("trigger", "stress"), ["stress"], []),
    # the usual culprits are the causes
    ("My dad's eyelid twitches in the evenings. He sleeps badly, has red wine most nights "
     "and strong coffee after dinner. What should I tell him the usual culprits are?",
     "causes", None, ["caffeine", "alcohol"], []),
    # a run of night shifts is no run
    ("Nurse on nights here, my eyelid flickers after a run of shifts", "trigger",
     ("trigger", "fatigue"), ["sleep"], ["sweat"]),
    # whether twitches are always harmless asks when they are not
    ("Are twitches always harmless?", "seek_care", None, ["healthcare provider"], []),
    ("are muscle twitches always benign", "seek_care", None, ["healthcare provider"], []),
    ("Mg foods?", "nutrient_foods", ("nutrient", "magnesium"), ["spinach"], []),
    ("foods high in K", "nutrient_foods", ("nutrient", "potassium"), ["bananas"], []),
    ("mg rich foods", "nutrient_foods", ("nutrient", "magnesium"), ["spinach"], []),
    ("eggs, good or not for twitchy muscles?", "food_nutrients", ("food", "eggs"),
     ["B vitamins"], []),
    ("avocado good for twitching or no? i eat one every day", "food_nutrients",
     ("food", "avocado"), ["potassium"], []),
    ("what job does potassium do in your muscles", "nutrient_role", ("nutrient", "potassium"),
     ["nerve signals"], ["hypokalemia"]),
    ("which nuts have magnesium", "food_nutrients", ("food", "nuts"),
     ["almonds and cashews"], ["spinach"]),
    ("what fish is good for both vitamin d and calcium", "food_nutrients", ("food", "fish"),
     ["salmon"], ["mackerel", "sardines"]),
    ("I already eat loads of bananas for the potassium, but for magnesium which foods "
     "should I add?", "nutrient_foods", ("nutrient", "magnesium"), ["almonds"], []),
    ("want magnesium and calcium in the same meal, what veg does both", "foods_shared",
     ("nutrient", "calcium"), ["kale"], []),
    ("a friend said benign fasciculations are common, what does fasciculation even mean",
     "about_twitching", None, ["involuntarily"], []),
    ("whats the quickest way to calm down a twitching muscle", "relief", None, ["stretch"], []),
    ("whats hypokalemia", "nutrient_symptoms", ("nutrient", "potassium"), ["weakness"], []),
    ("whats a decent potassium snack i can keep in the lorry cab", "nutrient_foods",
     ("nutrient", "potassium"), ["bananas"], []),
    ("low mg symptoms?", "nutrient_symptoms", ("nutrient", "magnesium"), ["cramps"], []),
    ("Best Way To Stop Eye Twitching Fast", "relief", None, ["stretch"], []),
    ("What Drinks Have Electrolytes?", "electrolytes", None, ["potassium"], ["alcohol"]),
    ("had a few drinks last night and my eye is twitching", "trigger", ("trigger", "alcohol"),
     ["alcohol"], []),
    ("Sleeping 5 hours with my thesis due. My eyelid flickers. What helps with stress "
     "twitches?", "trigger", ("trigger", "stress"), ["stress", "meditation"],
     ["7 to 9 hours"]),
    # little sun asks about vitamin D: the sources name no one at risk of it, but say
    # sunlight is its main source, which is what such a question turns on
    ("I hardly get outside in the winter months, am I likely to be short of vitamin D?",
     "at_risk", ("nutrient", "vitamin-d"), ["sunlight", "fatty fish"], ["potassium depletion"]),
    ("Not Enough Sunshine And Twitchy Calves", None, ("nutrient", "vitamin-d"),
     ["vitamin d"], []),
    ("should I take vitamin d tablets through the winter", "nutrient_supplements",
     ("nutrient", "vitamin-d"), ["sunlight", "upper limit"], []),
    # whether sweat raises what one needs is who is at risk of running low
    ("do runners need more potassium", "at_risk", ("nutrient", "potassium"),
     ["sweat excessively"], []),
    # a habit named beside a trigger stands for the one trigger it relieves: sleep for
    # fatigue; cutting back on stimulants is caffeine's and nicotine's, so stands for neither
    ("four espressos a day and I sleep badly, is that why my eyelid flickers",
     "trigger", ("trigger", "caffeine"), ["caffeine", "7 to 9 hours"], []),
    ("my lip has twitched since I quit vaping, why", "trigger", ("trigger", "nicotine"),
     ["nicotine"], ["caffeine"]),
    # "what kind of" is "what sort of"; a deficiency asked as the cause names the nutrients
    # and the everyday triggers; an exercise class by its name
    ("What kind of things can you answer?", "help", None, ["magnesium"], []),
    ("What Deficiency Makes Your Calves Twitch?", "causes", None, ["magnesium", "stress"], []),
    # a habit already given up is ruled out when something else is asked for; a diet gone
    # to pot is a deficiency asked about
    ("I gave up coffee last week but my eyelid still jumps, what else could be doing it",
     "causes", None, ["stress"], []),
    # ... and so is one kept already
    ("I already drink loads of water and my calf still twitches, what else could it be",
     "causes", None, ["stress"], []),
    # a nutrient's "needs" are its daily amounts
    ("Magnesium Needs For Me?", "nutrient_intake", ("nutrient", "magnesium"), ["420"], []),
    ("Is Eyelid Twitching A Sign I Need More Magnesium?", "nutrient_symptoms",
     ("nutrient", "magnesium"), ["cramps"], []),
    ("can eating rubbish all week make my eye twitch", None,
     ("trigger", "nutritional-deficiency"), ["magnesium"], []),
    ("is water enough after aqua aerobics or do I need one of those isotonic drinks", None,
     ("trigger", "exercise"), ["electrolyte"], []),
]


@pytest.mark.parametrize(("question", "intent", "entity", "required", "forbidden"), ANSWERS,
                         ids=[row[0] for row in ANSWERS])
def test_answers(bot: Assistant, question: str, intent: str | None, entity: tuple[str, str] | None,
                 required: list[str], forbidden: list[str]) -> None:
    reply = bot.ask(question)
    assert intent is None or reply.intent == intent, (reply.intent, reply.candidates[:3],
                                                      reply.text)
    assert reply.intent is not None, reply.text
    if entity:
        kind, entity_id = entity
        assert entity_id in reply.entities.get(kind, ()), reply.entities
    assert_mentions(reply, required, forbidden)
    assert words_of(reply.text) <= 150
    assert reply.sources or intent in {"greet", "thanks", "goodbye", "help"}


@pytest.mark.parametrize("question", [
    # a twitch told in any words keeps a story out of the frame of what else it names
    "My dad chews nicotine gum all day and for the last few days his left thumb keeps "
    "flicking on its own while he watches TV. Could the gum be doing it?",
])
def test_a_twitch_told_beside_a_pastime_is_answered(bot: Assistant, question: str) -> None:
    reply = bot.ask(question)
    assert reply.intent == "trigger" and "nicotine" in reply.text.lower(), reply.text


# a story of the asker's own twitch, however it is told, is never rejected
OWN_TWITCH_STORIES = [
    "on the sofa last night I could see a patch of my thigh ticking away under the skin, "
    "like a tiny pulse. what causes that?",
    # a part gone wild is a twitch, whatever the idiom means elsewhere
    "Arvo coffees and my eyelid's going nuts. Connected?",
    "my eye has gone haywire since tuesday, is it the energy drinks",
    # a headline that opens with a twitch and names no one's is the asker's own
    "Twitching Before A Big Speech",
    "Twitching 12 days, no other symptoms. 30M",
    "Twitching since starting a new job 10 days ago",
    "Twitching for 48 hours after a 5 hour flight",
    "Twitching, no fever, no rash, since Friday",
    # ... and beside a preservative or a hangover it is still the twitch asked about
    "does potassium sorbate in food cause twitching",
    "my eyelid twitches when im hungover, why",
    # a pastime told with "when" is no question of that pastime
    "My wife's eyelid flickers, mostly when she's doing the sudoku or the crossword. She has "
    "five strong teas a day. Could the tea be behind it?",
    # a story in a second language that names a language only of a restaurant, and asks
    # with a question mark alone
    "Sorry for my English. I am 41, I am waiter in French bistro, very long shifts. I drink "
    "many cola. Since Tuesday my eyebrow jump, left side only. My colleague say is the cola. "
    "It is true?",
]


@pytest.mark.parametrize("question", OWN_TWITCH_STORIES)
def test_a_story_of_ones_own_twitch_is_answered(bot: Assistant, question: str) -> None:
    assert bot.ask(question).intent is not None


@pytest.mark.parametrize(("question", "intent"), [
    # a nutrient lost by sweating is who is at risk of running low
    ("does sweating deplete potassium", "at_risk"),
    # ... and a kind of vitamin in text-speak is that kind
    ("B Vits & Twitching - Which Ones Matter?", "nutrient_role"),
])
def test_words_for_losing_and_for_vitamins(bot: Assistant, question: str, intent: str) -> None:
    assert bot.ask(question).intent == intent


@pytest.mark.parametrize(("question", "intent"), [
    # what helps, however the remedy is named, wherever the twitch is
    ("what helps eyelid twitching?", "relief"),
    ("how to stop upper eyelid twitching", "relief"),
    ("Eyelid Twitching Remedy", "relief"),
    ("best cure for calf twitch", "relief"),
    ("lip twitch cure", "relief"),
    # when the twitch comes is no question about sleep
    ("Night Leg Twitches Before Sleep, Any Tips?", "relief"),
    ("how much sleep do I need to stop twitching", "lifestyle"),
    ("remedies for left eyelid twitches", "relief"),
    ("home remedy for thumb twitching", "relief"),
    # ... and why, or what it is, stays so
    ("eyelid twitching", "causes"),
    ("why is my upper eyelid twitching", "causes"),
    ("Eyelid Twitching Causes", "causes"),
    ("what makes your calf twitch", "causes"),
    # nerves and adrenaline are stress; whether it goes by itself is the care answer's
    ("I give talks for a living. Are adrenaline and nerves enough to cause it?", "trigger"),
    ("my thumb twitches, does it usually go away by itself?", "seek_care"),
    ("will my eyelid twitch stop by itself", "seek_care"),
    ("does an eye twitch go away by itself", "seek_care"),
    # ... but what helps it go away sooner is what helps
    ("What helps an eye twitch go away faster?", "relief"),
    ("do twitches go away by themselves", "seek_care"),
    # how long to wait before going is when to see someone, not a supplement's timing
    ("how long should I leave the twitching before I go", "seek_care"),
    ("how long do i leave it before going to the gp", "seek_care"),
    ("how long should i take magnesium before it works", "supplement_timing"),
    ("will the twitch in my calf settle if I rest it", "relief"),
    ("Why Does Your Thumb Twitch?", "causes"),
    ("Is an eyelid twitch the same thing as a fasciculation, or something different?",
     "about_twitching"),
    # two nutrients linked in other words
    ("vit d n calcium connection", "nutrient_interaction"),
    ("calcium vitamin d connection?", "nutrient_interaction"),
    # a medicine's dose asked for something else, beside a question of ours
    ("Does stress make your muscles twitch? and how many mg of melatonin should I take "
     "to sleep", "trigger"),
    # causes asked of a twitch at a time of day: the time says when
    ("what causes leg cramps at night", "causes"),
    ("What Causes Cramps In Feet At Night", "causes"),
    ("what helps leg cramps at night", "lifestyle"),
    # nights in a row are no run; a sauna is heat that draws the sweat
    ("Calf twitching in bed 3 nights running. Fixes?", "lifestyle"),
    ("Cramps n twitches after the sauna two nights running. Coincidence?", "trigger"),
])
def test_what_is_asked_wherever_the_twitch_is(bot: Assistant, question: str,
                                              intent: str) -> None:
    assert bot.ask(question).intent == intent


@pytest.mark.parametrize(("question", "answered"), [
    # a twitch set aside in the story, and something else asked: read as if none were told
    ("My eyelid jumped for a day last month after a late one, sorted itself out, not why "
     "I'm writing though. What's a good recipe for roasting pumpkin seeds?", False),
    ("A while back my eyelid jumped for a couple of days, the twitch is long gone. Can you "
     "give me a recipe for roasting pumpkin seeds with honey?", False),
    # ... but not a twitch that a word of setting aside comes before, nor one asked about
    ("Totally unrelated, but my bottom lip has been twitching since tuesday. What causes "
     "that?", True),
    ("My eyelid twitched yesterday, random aside, but is it normal?", True),
    # ... or told as over for good
    ("eye twitch is FINALLY gone!! anyway who won the F1 yesterday", False),
    ("my eye twitch finally stopped, what foods have magnesium?", True),
])
def test_a_twitch_set_aside_leaves_the_question_to_what_is_asked(
        bot: Assistant, question: str, answered: bool) -> None:
    assert (bot.ask(question).intent is not None) is answered


@pytest.mark.parametrize(("later", "answered"), [
    # a short afterthought about the twitch told before, asking nothing
    ("I'm a teacher and it's report card season lol", True),
    ("been gaming a lot this month", True),
    # ... not a request from elsewhere, even one asked without a question word
    ("who won the Arsenal game btw", False),
    ("best protein powder for cutting?", False),
])
def test_an_afterthought_about_a_twitch_told_is_answered(bot: Assistant, later: str,
                                                         answered: bool) -> None:
    conversation = bot.conversation()
    conversation.ask("eye twitch wont stop, whats going on")
    assert (conversation.ask(later).intent == "causes") is answered


def test_an_afterthought_after_a_childs_twitch_is_still_theirs(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("im 15 and my eye keeps twitching")
    assert conversation.ask("its probs from gaming till 3am tbh").intent is None


@pytest.mark.parametrize(("turns", "intent"), [
    # an age corrected to an adult's after a decline asks the declined question again
    (["my daughter is 9 and her eye twitches, why?", "sorry typo she is 29"], "causes"),
    (["Why does my thumb keep twitching?", "Actually it's my son's thumb, he's 6",
      "sorry, fat fingers, he's 26 not 6. Lives with us, works long hours at a call centre"],
     "causes"),
    (["how much calcium does my son need, he's 9", "sorry, typo, he's 19"], "nutrient_intake"),
    # ... not a turn that asks something else
    (["my daughter is 9 and her eye twitches, why?", "what's the weather like, I'm 40"], None),
])
def test_an_age_corrected_after_a_decline_is_answered(bot: Assistant, turns: list[str],
                                                      intent: str | None) -> None:
    assert last_reply(bot, turns).intent == intent


@pytest.mark.parametrize("question", [
    # the lifestyle advice asked after a story of habits: the advice for each habit told
    "Working nights this month. I drink coffee around 2am and again at 5am and only get four "
    "or five hours of sleep in the day. Eyelid flickering since Tuesday. What lifestyle "
    "changes would actually make a difference?",
    "final year uni, living on energy drinks and four hours sleep a night, top lip twitching "
    "since monday. what lifestyle stuff should i change?",
])
def test_lifestyle_advice_covers_each_habit_told(bot: Assistant, question: str) -> None:
    assert_mentions(bot.ask(question), ["7 to 9 hours", "caffeine"])


@pytest.mark.parametrize("question", [
    # ... three or more habits: the advice for each that fits in a short answer
    "Bit of context, I'm 33. I cycle to work, have 4 coffees a day, get maybe five hours of "
    "sleep and hardly drink any water. My eyelid has flickered for a week. Which of these "
    "should I change first?",
    "sleeping 5 hours, 3 coffees before noon and I never drink water, calf twitching since "
    "friday. which of these habits matters most?",
])
def test_lifestyle_advice_covers_three_habits_told(bot: Assistant, question: str) -> None:
    reply = bot.ask(question)
    assert_mentions(reply, ["7 to 9 hours", "caffeine", "fluid"])
    assert len(reply.text.split()) <= 150


@pytest.mark.parametrize(("later", "intent"), [
    # a yes to the care advice's list of signs says one is had: the advice stands
    ("Yes", "seek_care"),
    ("yeah a couple of them", "seek_care"),
    # ... a no says none is: what commonly causes a twitch
    ("No", "causes"),
    ("none of those", "causes"),
])
def test_yes_or_no_to_the_signs_that_need_a_doctor(bot: Assistant, later: str,
                                                   intent: str) -> None:
    turns = ["My calf twitches every evening. Is there anything that would make it more serious?",
             later]
    assert last_reply(bot, turns).intent == intent


def test_yes_after_another_answer_is_no_sign(bot: Assistant) -> None:
    assert last_reply(bot, ["what foods have magnesium", "yes"]).intent != "seek_care"


@pytest.mark.parametrize(("question", "intent"), [
    # words run together as typed
    ("i sweat alot at the gym do i lose potassium", "at_risk"),
    ("food with alot of magnesium", "nutrient_foods"),
    # a nutrient got naturally is got from food, not a way to ease a twitch
    ("natural ways to get more magnesium", "nutrient_foods"),
    # a muscle that relaxes is a nutrient's work, not stress eased
    ("Calcium Or Magnesium For Muscle Relaxing?", "nutrient_role"),
])
def test_words_run_together_are_read_apart(bot: Assistant, question: str, intent: str) -> None:
    assert bot.ask(question).intent == intent


@pytest.mark.parametrize("question", [
    "Our Chickens Keep Twitching Their Necks, Help?",
    "Funny thing, one of our sea lions twitches too. Could she be low on magnesium?",
    "Embarazada 20 weeks, belly twitching normal?",
])
def test_more_animals_and_pregnancies_are_declined(bot: Assistant, question: str) -> None:
    assert bot.ask(question).intent is None


def test_a_trigger_told_beside_a_pastime_carries_the_conversation_on(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("thumb twitching for two days, whats going on")
    reply = conversation.ask("I've been gaming a lot and not sleeping much")
    assert reply.intent == "trigger" and "sleep" in reply.text, reply.text


@pytest.mark.parametrize(("question", "intent"), [
    # a twitch and how long it has gone on, and nothing else: the twitch is what is asked
    # about, not the number and unit, which would pull a daily amount's question
    ("twitching 5 days", "causes"),
    ("Twitching 10 days now", "causes"),
    ("twitching since 10 days", "causes"),
    ("left eyelid twitching for 5 days now", "causes"),
    ("Twitching 24/7", "causes"),
    # ... a span that is a sign leads with the care advice
    ("calf twitching 3 weeks", "seek_care"),
    # ... and a nutrient beside a span is asked about
    ("magnesium 5 days", "nutrient_intake"),
])
def test_a_twitch_told_with_its_span_is_answered_about_the_twitch(
        bot: Assistant, question: str, intent: str) -> None:
    assert bot.ask(question).intent == intent


@pytest.mark.parametrize("question", [
    # a trigger's advice asked with only a habit named where it is asked: the trigger the
    # habit eases, not a choice among every trigger
    "Started a run of early shifts at the bakery on Monday and by Wednesday my left eyelid "
    "was flickering. Otherwise I feel fine, just wiped out. I'm up at 3am and can't get to "
    "sleep before eleven. I assume it's the lack of sleep? How many hours should I be aiming "
    "for at the weekend to catch up?",
    "Started night shifts on the ward and by Thursday my eyelid was twitching. I sleep in the "
    "day but wake after four hours. I assume it's the broken sleep? How many hours should I "
    "be aiming for on my days off?",
])
def test_a_habit_named_stands_for_the_trigger_it_eases(bot: Assistant, question: str) -> None:
    assert_mentions(bot.ask(question), ["7 to 9 hours"], ["which trigger"])


@pytest.mark.parametrize(("question", "intent"), [
    # whether a twitch will stop asks how long it lasts, which the care advice says
    ("Eye twitch since Monday, will it stop?", "seek_care"),
    ("Calf twitching since Tuesday, when will it stop?", "seek_care"),
    ("my eyelid keeps jumping, will it ever stop", "seek_care"),
    # ... not what stops it
    ("will it stop if I cut out coffee", "trigger"),
])
def test_whether_a_twitch_will_stop_is_how_long_it_lasts(bot: Assistant, question: str,
                                                         intent: str) -> None:
    assert bot.ask(question).intent == intent


@pytest.mark.parametrize(("question", "intent", "facts"), [
    # the foods of a nutrient asked in a clause of their own, beside a question in another
    # frame or of a subject we do not cover: the foods are answered
    ("Which foods have calcium? And what's the price difference between almond milk and "
     "oat milk at Aldi", "nutrient_foods", ["yogurt"]),
    ("B12 sources? Also, overnight oats recipe?", "nutrient_foods", ["fortified cereals"]),
    # ... the other question alone, or one subject asked of a nutrient, is turned away
    ("what's the price difference between almond milk and oat milk at Aldi", None, []),
    ("overnight oats recipe?", None, []),
    ("Vitamin D. Does it help with depression?", None, []),
])
def test_foods_asked_apart_from_another_question_are_answered(
        bot: Assistant, question: str, intent: str | None, facts: list[str]) -> None:
    reply = bot.ask(question)
    assert reply.intent == intent
    assert_mentions(reply, facts)


def test_how_urgent_after_a_red_flag_is_the_care_advice(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("my mum's hand twitches and she keeps dropping her cup")
    reply = conversation.ask("she doesn't want to bother anyone. how urgent is it?")
    assert reply.intent == "seek_care", reply.text


def test_stopping_the_pills_asked_after_a_medicine_is_the_care_advice(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("twitchy legs since starting Prozac")
    reply = conversation.ask("should i just stop the pills")
    assert reply.intent == "seek_care" and "do not stop" in reply.text, reply.text


@pytest.mark.parametrize("later", [
    "and what tests will the doctor do?",
    "what will the doctor check",
])
def test_what_a_doctor_will_do_is_the_care_advice(bot: Assistant, later: str) -> None:
    conversation = bot.conversation()
    conversation.ask("my calf twitches and my leg feels weak")
    reply = conversation.ask(later)
    assert reply.intent == "seek_care" and "doctor" in reply.text, reply.text


@pytest.mark.parametrize("later", [
    "nag twitch na naman po, ano gagawin ko",
    "what about cramp after five-a-side",
])
def test_a_twitch_told_in_a_conversation_of_ours_is_answered(bot: Assistant,
                                                              later: str) -> None:
    """In words we do not know, a twitch told after our answer is still ours."""
    conversation = bot.conversation()
    conversation.ask("my eye twitches since monday, why")
    assert conversation.ask(later).intent is not None


OUT_OF_SCOPE = [
    # what a crop does, and what it is grown from
    "Why is my spinach bolting already, it's only May",
    "Best Time To Plant Sweet Potato Slips?",
    "how do i make cold brew at home",
    # a test asked about, and a condition of the asker's dad's asked about for him
    "my magnesium was low on my blood test, what does a blood test cost",
    "my dad has a thyroid problem, what should he take for it",
    # the streaming site's videos
    "How do I stop Twitch autoplaying videos?",
    # our foods cooked, our minerals in the garden, a speaker asked to play, another
    # condition's stretches
    "how do you toast pumpkin seeds",
    "Best way to press tofu if you don't own a tofu press?",
    "Our allotment tomatoes had blossom end rot, is it calcium, what goes in the veg patch?",
    "play something relaxing",
    "Sciatica stretches that actually work?",
    # a game's officiating, not the body that played it
    "how to referee a five a side game",
    # our foods grown, and our foods' taste, bought or kept: the frame's phrase holds even
    # where it says "better" or "worth"
    "when to harvest kale",
    "When To Plant Spinach In Zone 7",
    "which tastes better in porridge, oat milk or soya milk",
    "how long will avocados last in the fruit bowl",
    # a compound, not the nutrient
    "Is calcium carbide ripened mango safe to eat?",
    # what an emoji means is a question about words
    "eye twitch emoji meaning",
    # a sporting event's business, not the body that ran it
    "my parkrun results",
    "tickets for the half marathon",
    "How to make a banana smoothie without yogurt",
    "how long do red lentils need in a pressure cooker",
    # how another illness is treated, with no twitch
    "How is Parkinson's treated these days? My uncle has just been diagnosed.",
    # a shop named holds the question in shopping, even beside a nutrient
    "Is Boots or Holland & Barrett cheaper for vitamin D tablets?",
    "What's the best magnesium supplement brand on Amazon?",
    # so does a brand asked for, even beside a supplement
    "Best Magnesium Supplement Brand UK?",
    "can you recommend a good magnesium supplement brand",
    "which brand of vitamin d is best",
    # Twitch the site, however it misbehaves
    "twitch keeps logging me out??",
    "why does twitch keep buffering",
    # something written for the asker, whatever it is about
    "Write me a funny poem about my twitching eyelid",
    "write a funny tweet about my eye twitching",
    "Make me a 7 day keto grocery list",
    # a procedure's preparation, whatever nutrient it names
    "How much magnesium citrate do I drink the night before a colonoscopy?",
    "Write A Caption For My Twitchy Eye Selfie",
    "I've been so stressed my eye has been twitching for days. Can you help me write a "
    "short, polite email asking my manager for a meeting about flexible working?",
    # what a twitch is said to foretell
    "What Does It Mean Spiritually When Your Left Eye Twitches",
    "right eye jumping all morning, good luck or bad luck?",
    # the site's name in a story of months of streaming is no twitch that has lasted
    "Been streaming on Twitch for about six months now and since I got a new router my "
    "stream keeps dropping frames. What settings should I use on Twitch?",
    "how much protein is in chicken",
    "Quickest way to get rid of athlete's foot?",
    "atomic number of magnesium",
    "twitch streaming tips",
    "my screen twitches",
    "my laptop screen twitches when i move the lid",
    # a medicine asked for another condition, beside a food named
    "My dad's got gout again and won't give up the steak. What's best to take for a flare, "
    "colchicine or naproxen?",
    "what foods are high in iron",
    "is zinc good for a cold",
    "how many calories in a banana",
    "does vitamin c stop colds",
    "what's the capital of france",
    "recipe for banana bread",
    "is magnesium good for constipation",
    "tell me a joke",
    "best protein powder for the gym",
    "what medication do doctors use for restless legs syndrome",
    "any tips for growing my twitch channel",
    "is gluten free bread healthier than normal bread",
    "how do i change my twitch username",
    "what is a twitcher in birdwatching",
    "potassium chloride fertilizer",
    "what helps a migraine",
    "car battery keeps dying overnight, what could be draining it",
    "how do i get rid of gout in my big toe",
    "neck pain from sleeping wrong, what do i do",
    "how do i get the calcium build up out of my kettle",
    # our words in another sense, and stories that name no nutrient of ours
    "he's gone bananas over the footy result, how do i calm him down?",
    "bit of a cramp in me wallet after christmas lol, money saving tips?",
    "my mate's proper twitchy about his job interview tomorrow, any tips?",
    "Made banana bread with three ripe bananas, 250g flour and a fan oven at 180 and it came "
    "out gummy. What am I doing wrong?",
    "how do i cancel my twitch subscription",
    "Where's good for twitching in Norfolk this weekend? Reports of waxwings near Norwich",
    # how long food keeps, sport's own subjects, our sign words in another sense
    "how long does spinach keep once opened",
    "how many energy gels should i take on a half marathon",
    "Weak Wifi Upstairs, Any Fix?",
    "write me a limerick about spinach",
    "chicken internal temperature when cooked through",
    "which foam roller should i buy",
    "are muscle cars worth the insurance",  # "muscle" names no body part of anyone's
    # a medicine's dose, with what it treats named; a price asked of what is bought; chemistry
    "starting dose of sertraline for anxiety?",
    "normal dose of citalopram for panic attacks?",
    # ... or for the twitch or cramp itself: medication dosing all the same
    "how much ibuprofen for leg cramp",
    "how many paracetamol for cramps",
    "how much ibuprofen should i take for a twitch",
    "max ibuprofen per day for twitching calves",
    "Berocca Vs Supermarket Multivitamins: Which Is Better Value?",
    "Why Is Magnesium Flammable?",
    # a word of ours in another sense: a long car, a party before a wedding
    "stretch limo hire for a hen do",
    # a nutrient's element in a preservative, a metal or a scale
    "Potassium Sorbate In Home Wine Making, How Much Per Gallon",
    "How much mag wheel polish do i need for four rims",
    "Magnesium Vs Aluminum Bike Frame, Which Is Lighter",
    "why is there calcium all over the inside of my kettle",
    # a trigger's word in a topic our sources do not cover
    "B6 for PMS mood swings, does it work",
    "Switched to decaf. How do they even take the caffeine out of the beans?",
    "Tired af. Whats the best mattress under 500?",
    "Stress leave from work. How do i ask hr for it?",
    # a part in a condition's name tells no twitch's span
    "Tennis elbow four months now, brace or physio, which actually works?",
    # a request to a voice assistant, a countdown, a maker, a thing to buy
    "can u add vitamin d to my shopping list",
    "Alexa, add spinach and almonds to my list",
    "How Many Days Until Christmas?",
    "Who makes Zyn pouches?",
    "Best pillow for arm falling asleep?",
    # the site and a game's aim, not a headline of one's own twitch
    "Twitch keeps freezing on my smart tv every few mins",
    "Twitchy aim in Apex, best sensitivity settings?",
    # our minerals in a firework, a water softener or a camp's fire steel
    "Potassium in fireworks, what makes the purple colour?",
    "Potassium chloride or normal salt for the water softener?",
    "does a magnesium block with a flint strip light damp kindling",
    # a twitch the birders go on, named by its birds
    "Heading to the coast next weekend for a twitch, a Pallid Harrier was reported. Where to "
    "park?",
]


@pytest.mark.parametrize("question", OUT_OF_SCOPE)
def test_out_of_scope_near_misses(bot: Assistant, question: str) -> None:
    reply = bot.ask(question)
    assert reply.intent is None, (reply.candidates[:3], reply.text)
    assert "muscle twitching" in reply.text
    assert not reply.sources


REST_OUTSIDE = "The rest of your message is outside what I can answer."


@pytest.mark.parametrize("question, fact", [
    # a clause of ours beside the clause that holds what turned the message away: ours is
    # answered, with no word of a rest that asked no question
    ("Translate 'cramp' to French. Calcium foods?", "tofu"),
    ("Best Air Fryer? And Calcium Vs Magnesium Roles?", "contraction"),
])
def test_ours_beside_a_request_from_elsewhere_is_answered(bot: Assistant, question: str,
                                                         fact: str) -> None:
    reply = bot.ask(question)
    assert fact in reply.text
    assert REST_OUTSIDE not in reply.text


@pytest.mark.parametrize("question, fact", [
    # a question of ours beside a question of its own from elsewhere: ours is answered,
    # and the rest said to be outside
    ("How much potassium should a man get per day, and how do you say thank you in Spanish?",
     "3,400 mg"),
    ("Does lack of sleep cause twitches? Also what's a decent laptop under £500?", "7 to 9"),
])
def test_a_question_of_ours_beside_one_from_elsewhere_is_answered(bot: Assistant,
                                                                  question: str,
                                                                  fact: str) -> None:
    reply = bot.ask(question)
    assert fact in reply.text
    assert REST_OUTSIDE in reply.text


@pytest.mark.parametrize("question", [
    # the twins: a fragment that narrows ours, or ours pointing at what is from elsewhere
    "Magnesium citrate vs glycinate, price per bottle?",
    "How do I get limescale off the kettle? Is that calcium?",
    "What is restless legs syndrome, and which prescription is best for it?",
    "Calcium Carbonate Vs Limestone, Same Thing?",
])
def test_a_near_miss_in_two_clauses_is_still_turned_away(bot: Assistant, question: str) -> None:
    reply = bot.ask(question)
    assert reply.intent is None, reply.text
    assert REST_OUTSIDE not in reply.text


@pytest.mark.parametrize("question", ["is the boots magnesium ok for my twitching",
                                      "can i just buy potassium pills off amazon",
                                      # twins of the frames of foretelling and of writing
                                      "Do bananas actually help twitching or is that an old "
                                      "wives tale",
                                      "my gran says a twitching eye is bad luck, but it's "
                                      "been 4 days, what causes it?",
                                      "I was lucky, the twitch stopped after 2 days. what "
                                      "causes them?",
                                      "my eye twitches when I write an email to my boss, is "
                                      "it stress"])
def test_a_shop_beside_a_twitch_or_a_health_question_stays_ours(bot: Assistant,
                                                                 question: str) -> None:
    assert bot.ask(question).intent is not None


@pytest.mark.parametrize("question, nutrient", [
    ("who is at risk of low calcium", "calcium"),
    ("why do athletes run low on magnesium", "magnesium"),
])
def test_at_risk_people_the_sources_do_not_name_are_not_made_up(bot: Assistant, question: str,
                                                                 nutrient: str) -> None:
    text = bot.ask(question).text
    assert f"don't say who is most at risk of low {nutrient}" in text
    assert f"risk of {nutrient} depletion" not in text


@pytest.mark.parametrize("question", [
    "thumb twitching on and off today",
    # ... beside a subject from elsewhere told, not asked about
    "Cheek twitch 3 days after a boozy wedding",
    "Random Twitch In Bicep After Bench Press Day",
    "Lower Back Twitching After Moving House",
    "Tricep twitching after bench day",
    "thumb web twitching after gaming all night. normal?",
])
def test_a_twitch_told_not_asked_about_gets_its_common_causes(bot: Assistant,
                                                               question: str) -> None:
    reply = bot.ask(question)
    assert reply.intent in {"causes", "about_twitching"}, (reply.intent, reply.text)
    assert "stress" in reply.text


@pytest.mark.parametrize("question, fact", [
    ("Are pumpkin seeds a good source of magnesium or am I mixing it up with zinc?",
     "Pumpkin seeds are listed as a source of magnesium"),
    ("what foods have magnesium and zinc", "almonds"),
    ("is zinc or magnesium better for twitching", "relaxation"),
])
def test_ours_beside_a_nutrient_the_sources_do_not_cover_is_answered(
        bot: Assistant, question: str, fact: str) -> None:
    reply = bot.ask(question)
    assert fact in reply.text
    assert bot.knowledge.care.others_outside in reply.text
    assert "zinc" not in reply.text  # said of the others, not pasted back


@pytest.mark.parametrize("question, read", [
    ("My magnesium came back at 1.6. Is that low enough to be causing my twitching?", True),
    ("Potassium 3.3, Twitchy Legs. Normal?", True),
    ("my b12 was 180 on my blood test, is that low?", True),
    ("my vitamin d level is 30 nmol/l, is that low", True),
    # an amount taken is judged against the intakes, not read as a level
    ("I take 400 mg magnesium, is that ok?", False),
    ("magnesium 400 a day ok?", False),
    ("is vitamin d 1000 ok", False),
])
def test_a_level_read_out_is_said_to_be_the_testing_doctors_to_explain(
        bot: Assistant, question: str, read: bool) -> None:
    reply = bot.ask(question)
    assert reply.text.startswith(bot.knowledge.care.levels_outside) is read, reply.text


@pytest.mark.parametrize("question, amounts", [
    ("Quick question from Germany: is the magnesium RDA the same for a 25 year old woman as "
     "for a 40 year old woman?", ["310 mg", "320 mg"]),
    ("Does a 45 year old woman need more magnesium than her 25 year old daughter?",
     ["310 mg", "320 mg"]),
    ("My dad turns 74 next month. I'm 45. Does he need more vitamin D than I do?",
     ["600 IU", "800 IU"]),
    # one age, or two not compared, is who the amount is for
    ("how much magnesium for a 45 year old woman", ["aged 45 is 320 mg"]),
])
def test_two_ages_compared_hear_the_amount_for_each(bot: Assistant, question: str,
                                                    amounts: list[str]) -> None:
    reply = bot.ask(question)
    assert reply.intent == "nutrient_intake"
    assert all(amount in reply.text for amount in amounts), reply.text


def test_an_unknown_nutrient_is_not_guessed(bot: Assistant) -> None:
    reply = bot.ask("what foods have iron")
    assert reply.intent is None
    assert "iron" not in reply.text.split()  # not bent into a nutrient we know, nor pasted
    assert "magnesium" in reply.text  # says what it does cover


RED_FLAGS = [
    # question, words the lead sentence must carry
    ("my arm twitches and feels weak, should I take magnesium?", "weak"),
    ("my eyelid has been twitching for 3 weeks now", "2 weeks"),
    ("the twitching has spread from my calf to my arm and my back", "more than one place"),
    ("im terrified this twitching is ALS", "clinician"),
    ("started new antidepressants and now my leg twitches", "prescribed medicine"),
    ("my face went numb suddenly and my arm twitches", "emergency"),
    ("twitching and i have trouble swallowing", "emergency"),
    ("my hand twitches and i can't grip my cup anymore", "weak"),
    # the medical name of a twitch, a fall told as an event, spread however inflected
    ("ocular myokymia 5 weeks now", "2 weeks"),
    ("I fell last week and now my leg won't stop twitching", "other symptoms"),
    ("fell off my bike on sunday, since then my thigh twitches", "other symptoms"),
    # an eyelid that looks droopier than the other
    ("my eyelid twitches and my husband says that eye looks droopier than the other one",
     "other neurological symptoms"),
    # a medicine misspelled is still a medicine
    ("Furosamide And Calf Twitching - Eat Bananas?", "prescribed medicine"),
    ("on prednisalone, calf jumping", "prescribed medicine"),
    # a face that droops is a stroke's sign: emergency care
    ("My lip is twitching and one side of my face has drooped", "emergency"),
    # a relative's twitch with their new medicine, the relative named without "my"
    ("Uncle's Arm Twitching Since Starting Pregabalin", "prescribed medicine"),
    # the medicines of the bowel and of restless legs are medicines
    ("since my humira started my forearm twitches at night", "prescribed medicine"),
    ("Requip for my restless legs and now my thighs twitch", "prescribed medicine"),
    # a key hard to turn, a voice of breath gone weak, twitches that migrate, a drink coughed
    # over, food that sticks, no answer given in a fit, a face uneven on one side
    ("fingers twitchy and I've had trouble turning my front door key", "weak"),
    ("my ribs twitch and my breathing feels weak tonight", "emergency"),
    ("the twitching keeps migrating around my body", "more than one place"),
    ("she's been coughing over her drinks and her tongue flickers", "emergency"),
    ("lip twitching and bread feels like it sticks halfway", "emergency"),
    ("his arms jerked and he did not answer me for a minute", "emergency"),
    ("dad's eyelid twitches and his face looked different on one side at lunch",
     "emergency"),
    ("Cheek twitching, and my mouth is a bit crooked today", "emergency"),
    # another adult named without "my" ("Wife's...", "Mum's...") or as "her": their body
    ("Husband's left side went weak at tea time", "emergency"),
    ("her left arm went weak this morning, she's 71", "emergency"),
    ("Grandad's right side gone floppy and his hand twitches", "weak"),
    ("Brother's Twitchy Calves And Stumbles", "weak"),
    ("Gran's tea keeps dribbling out her mouth", "weak"),
    # mumbling that came on, a relative who cannot be woken or does not answer
    ("my uncle started mumbling and twitching this evening", "emergency"),
    ("can't wake my partner properly and his arm is jerking", "emergency"),
    # twitches all over, coughing over a meal, a tongue that twitches, a face that drops
    ("my husband's twitches are all over now", "more than one place"),
    ("she coughs every time she has her soup and her chin twitches", "emergency"),
    ("Twitches In My Tongue", "persistent, severe"),
    ("his face is dropping on one side and he's talking funny", "emergency"),
    # a toe caught by someone else, a grip "just a bit off" however denied before it, a
    # side of the body gone floppy or weak, a weakness grown over the afternoon, a leg
    # "without force", tingling round the mouth, waking up confused after a jerk
    ("my mum's eyelid twitches and she keeps catching her right toe on the rug", "weak"),
    ("Not weak as such, my grip's just a bit off and my wrist twitches", "weak"),
    ("my thumb twitches and my grip feels a bit off lately", "weak"),
    ("Dad's left side has gone floppy and his arm twitches", "emergency"),
    ("her legs twitched all day and got weaker over the afternoon", "emergency"),
    ("my calf twitch and the leg is without force on stairs", "weak"),
    ("tingling round my mouth and my fingers twitch", "numbness"),
    ("my arms jerked, I fell down and woke up confused", "emergency"),
    # emergencies told plainly: a fit by how it looked, a face that "is fall down", half a
    # face numb, a hand "not working" within the hour, words that would not come, drink out
    # of the nose, blue lips, a breath "very short", legs numb fast, one-sided weakness
    ("my sister's arm twitched, then her eyes rolled back and she shook for about a minute",
     "emergency"),
    ("cheek twitch and my face one side is fall down since one hour", "emergency"),
    ("Eye Twitching And Half My Face Is Numb", "emergency"),
    ("finger twitch, then my hand not working within the hour", "emergency"),
    ("couldn't get my words out at lunch and my jaw twitches", "emergency"),
    ("tea comes out my nose now and my throat twitches", "emergency"),
    ("his lips are going blue and his arms are twitching", "emergency"),
    ("my breath is very short tonight and my chest muscles twitch", "emergency"),
    ("Thighs Twitching, Weakness On One Side", "emergency"),
    ("Wife's eyelid twitching and now she can't smile on the right side", "emergency"),
    ("he tried to answer and it came out all jumbled, his lip twitches", "emergency"),
    ("mum's chin twitches and food collects in her cheeks at tea", "emergency"),
    # an attack the inhaler does not touch, a fit that is not remembered, less power
    ("my breathing has gone really bad tonight, I can only say a few words, calves twitch",
     "emergency"),
    ("my partner says I went rigid and was jerking for about a minute, my legs twitch",
     "emergency"),
    ("Forearm twitching and there's less power behind my grip", "weak"),
    # a blood clot asked of a twitch is an illness only a clinician can rule out
    ("Calf twitch all week, could it be a blood clot?", "clinician"),
    # ... and so are twitches with names of their own, asked of whatever twitch it is
    ("could my left eyelid twitching be blepharospasm", "clinician"),
    ("my cheek and eye twitch together, could it be hemifacial spasm?", "clinician"),
    ("can my calf twitching be dystonia?", "clinician"),
    # a headache that came on suddenly and is extremely painful is an emergency (NHS)
    ("Worst headache of my life started an hour ago, now my cheek twitches", "emergency"),
    ("sudden splitting headache out of nowhere and my eyelid jumping", "emergency"),
    ("eye twitching + thunderclap headache this morning", "emergency"),
    ("my arm twitches and the headache came on suddenly, like being hit on the back of the "
     "head", "emergency"),
    # a grip that lets things slip, skin dead to the touch
    ("her pen slips out of her fingers and her thumb twitches", "weak"),
    ("twitchy thigh, and a patch on the outside of it feels dead to touch", "numbness"),
    # limbs that no longer feel one's own, feet that feel sand in the socks, a span in pay days
    ("Lately he says his legs feel like they belong to someone else, and his calf twitches",
     "weak"),
    ("Dad's 79 and says walking feels like he's got sand in his socks, and his calves jump",
     "numbness"),
    ("bicep twitch has been going longer than my last two pay cheques lol", "2 weeks"),
    # weakness that came and went is urgent: a stroke's warning
    ("my dad couldnt lift his arm at dinner and his face twitched. he says hes fine now",
     "emergency"),
    # beside the site, a twitch of the body still counts
    ("my son streams on Twitch for hours and his eye has twitched since June", "2 weeks"),
    # "my eyelid starts going" says a twitch as a twitch word does
    ("Every time my left eyelid starts going, the vision in that eye goes a bit blurry",
     "other symptoms"),
    # weakness, numbness, spread and other symptoms as people say them sideways
    ("Twitchy Bicep, Kettle Feels Heavier", "weak"),
    ("grip like a wet paper bag lately + a twitch in the web of my thumb", "weak"),
    ("my buttons take forever to do up in the mornings now and my fingers twitch", "weak"),
    ("she's had twitchy legs and a couple of falls lately", "weak"),
    ("My partner's hand 'goes to sleep' a lot lately and her thumb jumps about", "numbness"),
    ("left calf first, now right calf too", "more than one place"),
    ("twitches and my hair's coming out and i'm knackered all the time", "other symptoms"),
    ("Why Is My Elderly Father's Face Twitching After His Fall?", "other symptoms"),
    ("his words have sounded a bit thick lately and his arm twitches", "emergency"),
    # a body part that will not keep still twitches; a clause of plural units is a span
    ("dose went up, eyelid won't sit still", "prescribed medicine"),
    ("ages. months. arm pulse won't quit", "2 weeks"),
    ("going up the stairs that leg didn't push like the other one, had to grab the rail. "
     "My calf flutters too", "weak"),
    # "I'm on the patches" names the asker's medicine as "my patches" does
    ("Quit 10 days ago and I'm on the patches, now my eyelid is going mad",
     "prescribed medicine"),
    # a medicine told "in case it matters", with nothing else said; a twitch now in the
    # tongue too; soles that feel dead
    ("I'm on sertraline since october if that matters", "prescribed medicine"),
    ("my lip twitched all week and now I'm getting it in my tongue as well",
     "more than one place"),
    ("burning in my toes at night and my foot twitches", "numbness"),
    # a rail, both hands, a shifter no longer worked by the thumb; skin dulled as by cotton
    # wool or unable to tell heat; words that run together; a span from a term's start
    ("thigh twitching and I need to hold the banister to get up to bed now", "weak"),
    ("opening the car door took both hands today and my wrist keeps twitching", "weak"),
    ("calf flickers and the sole of my foot feels like cotton wool", "numbness"),
    ("my shin twitches and I can't tell how hot the shower is with that foot", "numbness"),
    ("my son says my words run together lately and my chin twitches", "emergency"),
    ("eyelid twitching since the start of school term", "2 weeks"),
    # stairs that are a struggle; an inhaler named by its job
    ("my legs twitch and I'm struggling to get up the stairs these days", "weak"),
    ("got a new preventer inhaler last month and now my thigh twitches", "prescribed medicine"),
    # a head clipped on the way down is a knock to the head
    ("slipped in the shower and clipped my head on the tap, now my shoulder keeps twitching",
     "other symptoms"),
    # a face that sags as one that droops; speech odd for a while and back; breath short on
    # the stairs; food slow to go down; a grip lost on what is held; fingers that lag
    ("cheek twitching and my lip on the left side is sagging since lunch", "emergency"),
    ("my jaw twitched and i was talking weird for five minutes, fine now", "emergency"),
    ("Winded Up The Stairs And My Ribs Keep Twitching", "emergency"),
    ("throat twitchy and my dinner is going down really slowly", "emergency"),
    ("his wrist jumps and he keeps losing his grip on the teapot", "weak"),
    ("my fingers wouldn't keep up with the chords this week and my thumb twitches", "weak"),
]


@pytest.mark.parametrize(("question", "lead"), RED_FLAGS)
def test_red_flags_lead_to_care_first(bot: Assistant, question: str, lead: str) -> None:
    reply = bot.ask(question)
    assert reply.intent == "seek_care", (reply.candidates[:3], reply.text)
    first_sentence = reply.text.split(". ")[0].lower()
    assert lead.lower() in first_sentence, reply.text
    assert any(word in reply.text.lower() for word in CARE_WORDS)
    assert reply.reminder and reply.text.endswith(reply.reminder)
    assert "magnesium" not in first_sentence


@pytest.mark.parametrize("question", [
    "I took my blood pressure tablets twice by mistake and now my arms are twitching",
    "accidentally doubled my gabapentin last night, legs twitching and I feel odd",
    "took more codeine than prescribed for my back and now my calves twitch",
    "Took Too Many Pills Yesterday, Twitching All Over",
])
def test_too_much_of_a_medicine_taken_gets_help_at_once(bot: Assistant, question: str) -> None:
    """Its own advice first, then the emergency's; no reassurance after either."""
    text = bot.ask(question).text
    assert text.startswith("Taking too much of a medicine can be very dangerous"), text
    assert "call your local emergency number" in text
    assert "very rarely a sign of anything serious" not in text


@pytest.mark.parametrize("question", [
    "Whacked my head on the loft hatch this morning and I've thrown up twice, now my cheek "
    "twitches",
    "slipped on the ice and hit my head. Since then my arm twitches and I've been sick",
    "my husband banged his head on the car door, he's been vomiting and his eye is twitching",
    # confused or forgetful since, told far on in a long story
    "He slipped on the wet patio on Tuesday and banged the side of his head on the step. "
    "There was a lump but he seemed fine and wouldn't let me call anyone. Since yesterday "
    "the corner of his mouth has been twitching and he seems a bit muddled, he asked me "
    "twice what day it was",
    "hit my head on the car door on Sunday and since then I've been a bit confused and my "
    "eyelid twitches",
    # ... or on a blood thinner, by its kind or its brand
    "Banged my head on a cupboard yesterday and I'm on warfarin, now my eyelid twitches",
    "knocked my head on the loft hatch, I take Eliquis, and my cheek keeps twitching",
    "I'm on warfarin for my heart valve. Yesterday I slipped on the stairs and cracked my "
    "head on the banister. Now my eyelid keeps twitching, is that the knock?",
])
def test_being_sick_after_a_knock_to_the_head_is_for_a_and_e(bot: Assistant,
                                                            question: str) -> None:
    """Its own advice first (NHS, Head injury and concussion), then the emergency's."""
    reply = bot.ask(question)
    assert reply.text.startswith(
        "Sickness, confusion or forgetting after a head knock, or any head knock on blood "
        "thinners, needs A&E (emergency) now."), reply.text
    assert "call your local emergency number" in reply.text
    assert "NHS, Head injury and concussion" in " ".join(reply.sources)


@pytest.mark.parametrize("question", [
    "banged my head on a cupboard last week, not been sick, but my eyelid twitches",
    "I was sick after a dodgy curry, then bumped my head on the shelf, eye twitching",
    "hit my head on the shelf, feel a bit sick of this twitching eyelid tbh",
    "bumped my head on the shelf yesterday, eyelid twitching, which magnesium is best, "
    "confused by all the types",
    "banged my head last week, not confused at all, eyelid twitching",
])
def test_a_knock_to_the_head_without_sickness_after_it_is_no_emergency(
        bot: Assistant, question: str) -> None:
    assert "A&E" not in bot.ask(question).text


@pytest.mark.parametrize("question", [
    "can you overdose on b12 tablets?",
    "my GP doubled my sertraline last month and my eyelid twitches",
    "is it possible to take too much magnesium",
])
def test_an_overdose_asked_about_or_a_dose_raised_is_no_overdose(bot: Assistant,
                                                                question: str) -> None:
    assert "Taking too much of a medicine" not in bot.ask(question).text


@pytest.mark.parametrize("question", [
    "my niquitin lozenges and a jumpy eyelid, connected?",
    "Two weeks on a nicotine patch and my calf won't stop flickering",
    "Nicorette gum all day at work and now my jaw twitches",
])
def test_nicotine_replacement_is_a_medicine_and_nicotine(bot: Assistant, question: str) -> None:
    """A patch or gum is a medicine (see a doctor, do not stop it alone) that gives
    nicotine, whose answer follows."""
    text = bot.ask(question).text
    assert text.startswith("If you think a prescribed medicine might be causing it"), text
    assert "Excessive nicotine can overstimulate" in text


@pytest.mark.parametrize(("question", "said_once"), [
    ("On nicotine gum since I quit, calf twitches at night", "overstimulate the nervous system"),
    ("my uncle swears by a bag of almonds for cramps, do nuts actually help twitching?",
     "listed as a source of magnesium"),
])
def test_a_second_answer_does_not_say_again_what_the_first_said(bot: Assistant, question: str,
                                                                said_once: str) -> None:
    """The lifestyle answer's 'caffeine and nicotine can overstimulate...' already says
    nicotine's own sentence; 'Nuts (almonds and cashews) are listed...' already says what
    almonds' own would."""
    text = bot.ask(question).text
    assert text.count(said_once) == 1, text


@pytest.mark.parametrize(("question", "named", "unnamed"), [
    ("my calf twitches and my eyesight has gone fuzzy", "such as changes in your vision", ""),
    ("twitchy thighs and a temperature since yesterday", "such as a fever", ""),
    ("dropped 5 kilos without trying, arms twitching", "such as weight loss", ""),
    ("banged my head on the shed door and now my cheek twitches", "a knock to the head", ""),
    # two told, one denied: only what was told is named back
    ("my leg twitches and I've got a rash and a fever", "such as a rash and a fever", ""),
    ("my leg twitches, no fever, but I keep feeling dizzy", "such as dizziness", "fever"),
    ("my tongue flickers and my voice has gone croaky for weeks", "such as a hoarse voice", ""),
    # another sign leads, and the symptom told still gets its sentence
    ("started sertraline and my eyelid twitches and my vision is blurry",
     "such as changes in your vision", ""),
    # ... an emergency's advice too, first
    ("my face suddenly went numb an hour ago, I have a fever and my cheek twitches",
     "emergency care at once, so call your local emergency number. Twitching that comes "
     "with other symptoms, such as a fever,", ""),
])
def test_the_other_symptoms_told_are_named_in_the_advice(bot: Assistant, question: str,
                                                          named: str, unnamed: str) -> None:
    reply = bot.ask(question)
    assert reply.intent == "seek_care" and named in reply.text, reply.text
    assert not unnamed or unnamed not in reply.text


@pytest.mark.parametrize(("question", "causes"), [
    # a worry, a twitch that stays, or a doctor asked about: the everyday causes follow
    ("Eyelid Twitching For 4 Days, Should I Be Worried?", True),
    ("Thigh Twitch That Won't Go Away", True),
    ("when should I get a twitch checked", True),
    # a sign of its own: its advice and no list of everyday causes beside it
    ("my calf twitches and the leg feels weak", False),
    ("eyelid twitching and my face is drooping on one side", False),
])
def test_everyday_causes_follow_care_advice_for_a_worry_alone(bot: Assistant, question: str,
                                                              causes: bool) -> None:
    reply = bot.ask(question)
    assert reply.intent == "seek_care", reply.text
    assert ("Common triggers include stress" in reply.text) == causes, reply.text


def test_a_story_of_several_triggers_hears_of_each(bot: Assistant) -> None:
    reply = bot.ask("Coffee all day, five hours sleep and twenty fags. Which one is making "
                    "my eye twitch?")
    assert reply.intent == "trigger"
    for said in ("caffeine", "nicotine", "sleep"):
        assert said in reply.text.lower(), reply.text
    assert len(reply.text.split()) <= 150


@pytest.mark.parametrize(("question", "then"), [
    # the sentence that names each other sign told, not only the list of when to see a doctor
    ("My dad is 74 and on water tablets. His calves have twitched since the summer and now "
     "his arms twitch too. Should he see someone?",
     ("that spreads to more than one place", "that has lasted more than 2 weeks")),
    # a span told: when it calls for a doctor, then the answer asked for
    ("I started sertraline in October and since then my eyelid has twitched every day. "
     "Which foods have magnesium?",
     ("A twitch that lasts more than 2 weeks should be checked", "spinach")),
    # another trigger weighed beside the medicine is answered after its advice
    ("I'm on sertraline and drink four coffees a day, is it the tablets or the coffee making "
     "my eye twitch?", ("caffeine",)),
    ("Could it be my new inhaler or the energy drinks? My calf won't stop twitching",
     ("caffeine",)),
])
def test_a_medicines_advice_leads_and_what_else_was_told_follows(bot: Assistant, question: str,
                                                                 then: tuple[str, ...]) -> None:
    reply = bot.ask(question)
    assert reply.text.startswith("If you think a prescribed medicine might be causing it")
    for said in then:
        assert said in reply.text, reply.text


@pytest.mark.parametrize("waiting", [
    "my wife says to wait and see if it wears off, should we?",
    "should we just wait and see or get it checked",
    # sleep said as a wait, not as a habit of hers
    "can she sleep it off and we see how she is in the morning",
    "I'd rather we sleep on it, ok?",
])
def test_waiting_after_an_emergency_sign_gets_the_emergency_advice(bot: Assistant,
                                                                   waiting: str) -> None:
    chat = bot.conversation()
    chat.ask("my mum's mouth has dropped on one side and her cheek twitches")
    reply = chat.ask(waiting)
    assert reply.intent == "seek_care" and "emergency" in reply.text, reply.text
    assert "outside what I can answer" not in reply.text


@pytest.mark.parametrize(("question", "normal_asked"), [
    ("Calf Twitch After Leg Day, Normal?", True),
    ("Eyelid Twitching For A Week - Normal?", True),
    ("can leg day make my calf twitch", False),
])
def test_asked_if_normal_hears_when_it_would_no_longer_be(bot: Assistant, question: str,
                                                          normal_asked: bool) -> None:
    reply = bot.ask(question)
    said = "harmless and temporary. A twitch that lasts more than 2 weeks should be checked"
    assert (said in reply.text) == normal_asked, reply.text


def test_an_other_symptom_with_no_name_gets_the_advice_unnamed(bot: Assistant) -> None:
    reply = bot.ask("my arm twitches and my hair is coming out in clumps")
    assert reply.text.startswith("Twitching that comes with other symptoms should be checked")


@pytest.mark.parametrize("question", [
    "does low potassium cause muscle weakness",
    "can a b12 deficiency cause numbness",
])
def test_questions_about_symptoms_are_not_red_flags(bot: Assistant, question: str) -> None:
    assert bot.ask(question).intent == "nutrient_symptoms"


@pytest.mark.parametrize("question", ["my eyelid twitches every 3 weeks or so, why",
                                      "got absolutely wasted saturday and my leg has been "
                                      "twitchy since, is that the booze",
                                      "my new magnesium tablets are 500mg, is that too much",
                                      "vegan for 3 years. my eye twitches, is it b12",
                                      # a season's thing is no day it began; an operation
                                      # dates a recovery, not a twitch
                                      "my wrist has twitched since I put the Christmas "
                                      "tree up on Sunday, from the lifting?",
                                      "Dad barely goes out since his knee operation in "
                                      "the spring. How much vitamin D at 80?"])
def test_not_a_red_flag(bot: Assistant, question: str) -> None:
    assert "sign" not in bot.ask(question).entities


def test_ages_in_a_question_are_no_duration(bot: Assistant) -> None:
    reply = bot.ask("my legs twitch how much magnesium is recommended for ages 31 and over")
    assert reply.intent == "nutrient_intake"
    assert "sign" not in reply.entities


@pytest.mark.parametrize(("question", "professional"), [
    ("my 4 year old's eyelid keeps twitching", "paediatrician"),
    ("how much magnesium can my son take, he's 9", "paediatrician"),
    ("im pregnant and my calves twitch, is potassium ok", "midwife"),
    ("my cat keeps twitching in her sleep", "vet"),
    ("one of my heifers has a twitching flank, what is she short of", "vet"),
    ("both my kids (6 and 9) keep getting leg cramps, what foods should i give them",
     "paediatrician"),
    ("my daughter's calf twitches, what should i do", "paediatrician"),
    ("breastfeeding mum here, do i need extra b12", "midwife"),
    ("Our rabbit has been twitching his ears and back a lot. Is he low on something?", "vet"),
    # an age said of the animal is not a grown-up's; a child named by an age alone
    ("Our old cat is nineteen. For a few weeks the skin on her back ripples when touched "
     "and she twitches in the evening. Is it a mineral deficiency, same as in humans?", "vet"),
    ("Leg Cramps In A 9 Year Old", "paediatrician"),
    ("Jumpy Eyelid In A Teenager, Normal?", "paediatrician"),
    ("is magnesium ok for a 7 year old with twitchy eyes", "paediatrician"),
])
def test_children_pregnancy_and_animals_are_declined_kindly(
        bot: Assistant, question: str, professional: str) -> None:
    reply = bot.ask(question)
    assert reply.intent is None
    assert professional in reply.text
    assert "can't give advice" in reply.text
    assert not re.search(r"\d+ ?mg", reply.text)  # never answered from the adult data


def test_a_child_mentioned_in_passing_does_not_decline(bot: Assistant) -> None:
    reply = bot.ask("my toddler keeps me up all night and now my eyelid twitches, is it tiredness")
    assert reply.intent == "trigger"
    assert "fatigue" in reply.text.lower()


@pytest.mark.parametrize("question", [
    "my daughter cant have lactose so the whole house is dairy free, where do i get my calcium",
    "our house is dairy free because of my son, so where do I get it without milk or cheese",
    # named after "for", a baby or a dog is no one asked about
    "we're trying for a baby so I've cut out wine; my calf still flickers at night, what "
    "else could it be?",
    "did a 10k for a dog charity and my thigh twitched after, is that normal?",
])
def test_a_child_in_the_background_of_a_question_for_oneself(bot: Assistant,
                                                             question: str) -> None:
    reply = bot.ask(question)
    assert "paediatrician" not in reply.text, reply.text


def test_urgent_signs_come_before_declining(bot: Assistant) -> None:
    reply = bot.ask("my baby is twitching and having trouble breathing")
    assert reply.intent == "seek_care"
    assert "emergency" in reply.text


@pytest.mark.parametrize("question, professional", [
    # a child, or a pregnant or breastfeeding asker, with a sign that needs a doctor gets
    # the care advice alone, then who advises them
    ("breastfeeding and my hand keeps going numb and twitchy", "midwife"),
    ("30 weeks pregnant, my leg twitches and feels weak on the stairs", "midwife"),
    ("im pregnant and my eye has twitched for 3 weeks now", "midwife"),
    ("my daughter is 12 and her leg has been twitching for 3 weeks", "paediatrician"),
    ("my 15 year old son says his arm feels weak and keeps twitching", "paediatrician"),
    ("my 8yo started ritalin and now his face twitches", "paediatrician"),
    ("my son's eye twitches and now his shoulder and neck jerk too", "paediatrician"),
    # another symptom beside a child's or a pregnancy's twitch
    ("my toddler keeps twitching and has a fever", "paediatrician"),
    ("20 weeks pregnant, eyelid twitching and dizzy spells", "midwife"),
])
def test_a_sign_in_a_child_or_a_pregnancy_comes_before_declining(
        bot: Assistant, question: str, professional: str) -> None:
    reply = bot.ask(question)
    assert reply.intent == "seek_care", (question, reply.text)
    assert re.search(r"doctor|healthcare provider", reply.text.split(".")[0]), reply.text
    assert professional in reply.text and "can't give advice" in reply.text
    assert not re.search(r"\d+ ?mg", reply.text)


@pytest.mark.parametrize("question", [
    "pregnant and my eyelid twitches, what foods help",  # no sign: declined
    "newborn twitches in her sleep, is that normal?",  # a worry alone: declined
    "pregnant (about 16 weeks) and my eyelid has been twitching for a week",
    "pregnant with twins, 24 weeks. legs go jumpy at night, which foods are safe",
    "first pregnancy, 10 weeks today, and my eye keeps twitching",  # how far along
    "our staffie is 9 and his back leg twitches",  # an animal, not a child of 9
])
def test_a_question_without_such_a_sign_is_declined(bot: Assistant, question: str) -> None:
    reply = bot.ask(question)
    assert reply.intent is None, (question, reply.text)
    assert "can't give advice" in reply.text


CONVERSATIONS = [
    # each turn: question, expected intent, entity id that must be present, fact required
    [("what does magnesium do", "nutrient_role", "magnesium", "relaxation"),
     ("and which foods have it", "nutrient_foods", "magnesium", "spinach"),
     ("what about calcium?", "nutrient_foods", "calcium", "tofu"),
     ("and the symptoms?", "nutrient_symptoms", "calcium", "tetany")],
    [("how much potassium do i need", "nutrient_intake", "potassium", "3,400"),
     ("and for a woman?", "nutrient_intake", "potassium", "2,600"),
     ("is it ok to take tablets of it", "nutrient_supplements", "potassium", "diet")],
    [("what foods have it", "nutrient_foods", "", "which nutrient"),
     ("vitamin d", "nutrient_foods", "vitamin-d", "mackerel")],
    [("does coffee cause twitching", "trigger", "caffeine", "caffeine"),
     ("and alcohol?", "trigger", "alcohol", "alcohol"),
     ("what should i eat for magnesium", "nutrient_foods", "magnesium", "almonds"),
     ("tell me more", "nutrient_role", "magnesium", "calcium")],
    [("calcium without dairy", "nutrient_foods_without", "dairy-free", "tofu"),
     ("and b12?", "nutrient_foods_without", "b12", "fortified cereals")],
    [("whats the deal with potassium", "nutrient_role", "potassium", "nerve"),
     ("whats the capital of peru", None, "", "muscle twitching"),
     ("ok back to it, how much per day", "nutrient_intake", "potassium", "3,400")],
]


@pytest.mark.parametrize("turns", CONVERSATIONS, ids=[c[0][0] for c in CONVERSATIONS])
def test_conversations_keep_context(bot: Assistant,
                                    turns: list[tuple[str, str | None, str, str]]) -> None:
    conversation = bot.conversation()
    for question, intent, entity_id, fact in turns:
        reply = conversation.ask(question)
        assert reply.intent == intent, (question, reply.candidates[:3], reply.text)
        if entity_id:
            named = {i for ids in reply.entities.values() for i in ids}
            assert entity_id in named, (question, reply.entities)
        assert fact.lower() in reply.text.lower(), (question, reply.text)


def test_a_new_topic_does_not_inherit_stale_entities(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("what foods have magnesium")
    reply = conversation.ask("what foods have potassium")
    assert reply.entities["nutrient"] == ("potassium",)
    assert "almonds" not in reply.text


@pytest.mark.parametrize("follow_up", [
    "how much a day",
    "and how much per day?",
    "how many mg",
    "how much of that a day for a 45 yr old bloke",
])
def test_an_amount_asked_after_several_nutrients_asks_which(bot: Assistant,
                                                            follow_up: str) -> None:
    conversation = bot.conversation()
    conversation.ask("what foods help with twitching")
    assert conversation.ask(follow_up).text.startswith("Which nutrient"), follow_up


@pytest.mark.parametrize("follow_up", ["whats the best pizza topping",
                                       "how much is a flight to spain"])
def test_an_unrelated_follow_up_is_still_turned_away(bot: Assistant, follow_up: str) -> None:
    conversation = bot.conversation()
    conversation.ask("what foods help with twitching")
    assert conversation.ask(follow_up).intent is None, follow_up


def test_conversations_are_independent(bot: Assistant) -> None:
    first, second = bot.conversation(), bot.conversation()
    first.ask("what does magnesium do")
    reply = second.ask("which foods have it")
    assert reply.entities == {}
    assert "which nutrient" in reply.text.lower()


def test_reset_forgets_the_conversation(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("what does calcium do")
    conversation.reset()
    assert "which nutrient" in conversation.ask("and the foods?").text.lower()


def test_ask_has_no_memory(bot: Assistant) -> None:
    bot.ask("what does magnesium do")
    assert "which nutrient" in bot.ask("which foods have it").text.lower()


def test_answers_stay_short_for_every_intent_and_entity(bot: Assistant) -> None:
    kb = bot.knowledge
    nutrient_questions = ["what does {} do", "signs of low {}", "foods with {}",
                          "how much {} per day", "should i take {} supplements",
                          "vegan sources of {}", "{} without dairy"]
    questions = [q.format(n.name) for n in kb.nutrients.values() for q in nutrient_questions]
    questions += [f"what is in {f.plural}" for f in kb.foods.values()]
    questions += [f"can {t.name} cause twitching" for t in kb.triggers.values()]
    questions += ["give me an overview of all the nutrients", "what can i ask"]
    for question in questions:
        reply = bot.ask(question)
        assert words_of(reply.text) <= 150, (question, words_of(reply.text))


@pytest.mark.parametrize("question", ["how much magnesium per day", "should i take calcium tablets",
                                      "my arm is weak and twitching"])
def test_amounts_supplements_and_care_carry_the_reminder(bot: Assistant, question: str) -> None:
    reply = bot.ask(question)
    assert reply.reminder.startswith("This is general information, not medical advice")
    assert reply.text.endswith(reply.reminder)


def test_answers_cite_their_sources(bot: Assistant) -> None:
    intake = bot.ask("how much vitamin d per day")
    assert any("NIH Office of Dietary Supplements" in s for s in intake.sources)
    role = bot.ask("what does potassium do")
    assert role.sources == ("Understanding the Causes of Muscle Twitching (seed article), "
                            "section 'Potassium'",)
    care = bot.ask("my eyelid has twitched for 3 weeks")
    assert any("NHS" in s for s in care.sources)


def test_lists_read_as_english(bot: Assistant) -> None:
    text = bot.ask("what foods have potassium").text
    assert "beans, and lentils." in text  # serial comma before the last item
    assert bot.ask("what is in avocados").text.startswith("Avocados are")
    assert bot.ask("what is in spinach").text.startswith("Spinach is")
    # one food of a group, named in the plural, agrees with it
    assert "Eggs are listed as a source of vitamin B12" in bot.ask("do eggs have b12").text
    assert "almonds and cashews are listed as sources" in bot.ask(
        "which nuts have magnesium").text


def test_two_close_candidates_ask_which_was_meant() -> None:
    class Tied:
        """A matcher that cannot decide between two intents."""

        def __init__(self, intents: IntentSet) -> None:
            self._words = OverlapMatcher(intents).vocabulary()

        def rank(self, whole: Sequence[str], clauses: Sequence[Sequence[str]]) -> list[Candidate]:
            return [Candidate("nutrient_foods", 0.44), Candidate("nutrient_symptoms", 0.438)]

        def vocabulary(self) -> frozenset[str]:
            return self._words

    reply = Assistant(matcher=Tied).ask("potassium: foods or symptoms")
    # The choice is offered in a person's words, never by the intents' internal names.
    assert reply.text == ("Do you want to know which foods have potassium, or the signs of "
                          "low potassium?")
    assert "_" not in reply.text
    assert reply.alternatives == ("nutrient_foods", "nutrient_symptoms")


def test_another_matcher_plugs_into_the_same_engine() -> None:
    class Keyword:
        """Picks nutrient_foods whenever 'food' appears, else nothing."""

        def __init__(self, intents: IntentSet) -> None:
            self._intents = intents

        def rank(self, whole: Sequence[str], clauses: Sequence[Sequence[str]]) -> list[Candidate]:
            return [Candidate("nutrient_foods", 1.0)] if "food" in whole else []

        def vocabulary(self) -> frozenset[str]:
            return frozenset({"food"})

    bot = Assistant(matcher=Keyword)
    assert "bananas" in bot.ask("potassium food").text
    assert bot.ask("what does potassium do").intent is None


def test_confidence_is_between_zero_and_one(bot: Assistant) -> None:
    for question in ["what has potassium", "asdf qwer", "", "my arm is weak"]:
        assert 0.0 <= bot.ask(question).confidence <= 1.0


def test_one_assistant_serves_many_threads(bot: Assistant) -> None:
    questions = [row[0] for row in ANSWERS]
    expected = {q: bot.ask(q).text for q in questions}
    failures: list[str] = []

    def ask_all() -> None:
        conversation = bot.conversation()
        for question in questions:
            if bot.ask(question).text != expected[question]:
                failures.append(question)
            conversation.ask(question)

    threads = [threading.Thread(target=ask_all) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []


@pytest.mark.parametrize("question", ["", "   ", "\n\t", "?!?", "\x00\x1b[31m", "🤔🤔",
                                      "\ud800 lone surrogate", "a" * 100_000,
                                      "magnesium " * 20_000])
def test_awkward_input_gets_a_reply(bot: Assistant, question: str) -> None:
    reply = bot.ask(question)
    assert isinstance(reply, Reply)
    assert reply.text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_ask_never_raises(question: str) -> None:
    reply = ASSISTANT.ask(question)
    assert isinstance(reply, Reply)
    assert 0.0 <= reply.confidence <= 1.0


ASSISTANT = Assistant()


SOFT_SIGNS = [
    # question, the care lead that must open the answer, the asked-about fact that follows
    ("my eye has been twitching for 3 weeks, could it be the coffee", "2 weeks", "caffeine"),
    ("my calf and my arm both twitch after the gym, why does exercise do that",
     "more than one place", "sweat"),
    ("twitching for over a month, what foods help", "2 weeks", "magnesium"),
    # spread however the verb is inflected
    ("Why does my twitching move around my body?", "more than one place", "stress"),
    # a twitch that has lasted counts beside a nutrient named
    ("twitching for 6 weeks, magnesium not helping", "2 weeks", "relax"),
    ("Twitching For Over A Month, Magnesium Not Helping", "2 weeks", "relax"),
    # a question matched less than plainly, after a long story, is still answered
    ("I run a small bakery, up at half three and on my feet till two. My hands and forearms "
     "have started twitching after shifts. Which vitamins and minerals are actually linked "
     "to muscle twitching?", "more than one place", "magnesium"),
]


@pytest.mark.parametrize(("question", "lead", "fact"), SOFT_SIGNS)
def test_softer_signs_lead_with_care_then_answer(bot: Assistant, question: str, lead: str,
                                                 fact: str) -> None:
    reply = bot.ask(question)
    first, _, rest = reply.text.partition(". ")
    assert lead in first, reply.text
    assert fact in rest.lower(), reply.text
    assert reply.text.endswith(reply.reminder)
    assert "sign" in reply.entities


@pytest.mark.parametrize("question", [
    # a worry alone is answered by the care advice itself, not by a looser match beside it
    "How do you tell a harmless twitch from a serious one?",
    "is it serious if my eyelid twitches every day?",
])
def test_a_worry_alone_is_answered_by_the_care_advice(bot: Assistant, question: str) -> None:
    reply = bot.ask(question)
    assert reply.intent == "seek_care", reply.text
    assert "2 weeks" in reply.text


FOLLOW_UPS = [
    # a food ruled out after a nutrient's amounts asks for its other foods
    [("how much potassium does a woman need", "nutrient_intake", "2,600"),
     ("i dont eat bananas tho", "nutrient_foods", "sweet potatoes")],
    # what is put aside after "instead of" is not asked; an "ok" opening a turn is no part
    # of its question
    [("how much magnesium should i take", "nutrient_intake", "310 mg"),
     ("ok what foods then instead of pills", "nutrient_foods", "spinach")],
    # after a sign, a factor of no source weighed as making it worse still gets the care
    [("my eyelid has been twitching for three weeks", "seek_care", "2 weeks"),
     ("Does screen time make it worse?", "seek_care", "2 weeks")],
    # more than the amount just given asks for the limit, not whether the twitch is bad
    [("What's the recommended B6 for adults?", "nutrient_intake", "1.3 mg"),
     ("Is it bad to take more than that", "nutrient_limit", "100 mg")],
    [("how much vitamin d a day", "nutrient_intake", "600 IU"),
     ("would it be bad to go over that", "nutrient_limit", "4,000 IU")],
    # "any that" narrows the food list just given
    [("what should I eat for magnesium", "nutrient_foods", "spinach"),
     ("Any that cover potassium too?", "foods_among", "avocados")],
    [("how much magnesium do i need", "nutrient_intake", "310 mg"),
     ("im 45, female", "nutrient_intake", "320 mg")],
    [("daily vitamin d?", "nutrient_intake", "600 IU"),
     ("for someone over 70?", "nutrient_intake", "800 IU")],
    [("does caffeine cause twitching", "trigger", "caffeine"),
     ("why?", "trigger", "nervous system")],
    [("i'm vegan", "nutrient_foods_without", "which nutrient"),
     ("calcium", "nutrient_foods_without", "tofu")],
    [("which foods have potassium", "nutrient_foods", "bananas"),
     ("any others? not a big banana fan", "nutrient_foods", "sweet potatoes")],
    [("are pumpkin seeds any good for twitching", "food_nutrients", "magnesium"),
     ("what else has it", "nutrient_foods", "almonds"),
     ("how much of it do i need, 27 yr old guy", "nutrient_intake", "400 mg")],
    [("what foods have magnesium", "nutrient_foods", "almonds"),
     ("i have a nut allergy so no nuts", "nutrient_foods", "pumpkin seeds")],
    [("where do i get b6", "nutrient_foods", "poultry"),
     ("and b12? bit worried as i dont eat meat", "nutrient_foods_without", "fortified")],
    [("what foods have magnesium", "nutrient_foods", "almonds"),
     ("and which seeds have it", "food_nutrients", "pumpkin seeds")],
    [("which matters more for twitching, magnesium or potassium?", "nutrient_compare", "nerve"),
     ("ok the second one, what foods have it", "nutrient_foods", "bananas")],
    [("what vitamins should i be looking at for eye twitching", "helpful_nutrients", "best-known"),
     ("what foods have it", "nutrient_foods", "pumpkin seeds")],
    [("what does magnesium do", "nutrient_role", "relax"),
     ("sorry i meant potassium", "nutrient_role", "nerve signals")],
    [("how much calcium does a man need a day", "nutrient_intake", "1,000 mg"),
     ("ok and for women? asking for me", "nutrient_intake", "women"),
     ("what if im 65", "nutrient_intake", "1,200 mg")],
    [("whats folate, is it a b vitamin", "nutrient_role", "folate"),
     ("daily amount?", "nutrient_intake", "400 mcg")],
    [("what foods have calcium", "nutrient_foods", "tofu"),
     ("back to the twitching, its been in my eyelid for about 3 weeks now", "seek_care",
      "2 weeks")],
    [("low potassium symptoms?", "nutrient_symptoms", "cramps"),
     ("which foods should i eat then", "nutrient_foods", "bananas")],
    [("what does magnesium do", "nutrient_role", "relax"),
     ("any stretches that help at night", "lifestyle", "before bed")],
    [("are bananas good for twitching", "food_nutrients", "potassium"),
     ("what else has potassium", "nutrient_foods", "sweet potatoes")],
    [("how much magnesium does my wife need a day, shes 40", "nutrient_intake", "320 mg"),
     ("and for me? 34, male", "nutrient_intake", "420 mg")],
    [("how much calcium does my mum need, she is 45", "nutrient_intake", "1,000 mg"),
     ("and once she's over 51?", "nutrient_intake", "1,200 mg")],
    [("how much vitamin d should i be taking, 55 female", "nutrient_intake", "600 IU"),
     ("what about for my husband, he's 70", "nutrient_intake", "4,000 IU")],
    [("how much calcium does my mum need", "nutrient_intake", "1,000 mg"),
     ("right so, what are the dairy-free sources", "nutrient_foods_without", "tofu")],
    [("whats a sign youre low on magnesium", "nutrient_symptoms", "cramps"),
     ("my 7yo son twitches too, how much magnesium should he have", None, "paediatrician"),
     ("ok what about me then, 33 year old guy", "nutrient_intake", "420 mg")],
    [("my husband is 70 and his calves twitch, what might be doing it", "causes", "stress"),
     ("should he be taking magnesium for it?", "nutrient_supplements", "350 mg")],
    [("What does vitamin D do for muscles", "nutrient_role", "absorb"),
     ("where do I get it", "nutrient_foods", "fatty fish"),
     ("ok", "thanks", "welcome")],
    [("how much vitamin d should i be taking", "nutrient_intake", "600 IU"),
     ("what about in winter", "nutrient_intake", "vitamin D")],
    # a frame word inside a trigger's name is ours
    [("Does dehydration cause twitches?", "trigger", "electrolyte"),
     ("what about for a 2 hour bike ride", "trigger", "sweating")],
    # another adult's twitch story is ours; a later sign in it counts, and after a sign a
    # turn nothing else answers gets the care advice
    [("my husband is 70, his thigh has been twitching for 3 days since he dug the garden",
      "causes", "stress"),
     ("he's lost a lot of weight over the summer as well", "seek_care", "other symptoms")],
    [("which foods have both magnesium and calcium, for mum", "foods_shared", "kale"),
     ("her night twitches have been going since september though", "seek_care", "2 weeks"),
     ("she's 81 if that changes anything", "seek_care", "2 weeks"),
     # ... but a request plainly from elsewhere is out of scope, and whether to wait is
     # the care advice's
     ("can you write a note to her carer saying she has a hospital visit", None, "outside"),
     ("what foods can she eat while she waits to be seen", "helpful_foods", "2 weeks"),
     ("should we wait till the morning", "seek_care", "2 weeks")],
    # whether to get help is the care advice's to answer; thanks that say so are thanks
    [("my dad's calf has been twitching, what causes that", "causes", "stress"),
     ("should i call someone for him or wait", "seek_care", "see a"),
     ("ok will ring the gp, thanks", "thanks", "welcome")],
    # "the same" for someone now named is the last question for them
    [("what causes calf twitches at night", "causes", "stress"),
     ("my dad gets them too, he's 70. same advice for him?", "causes", "stress")],
    [("how much magnesium do i need, im a 30 yo man", "nutrient_intake", "400 mg"),
     ("same for my mum, she's 60?", "nutrient_intake", "320 mg")],
    # a turn that asks for the last answer again gets it again
    [("what does magnesium do", "nutrient_role", "relaxation"),
     ("wait what", "nutrient_role", "relaxation"),
     ("sorry?", "nutrient_role", "relaxation"),
     ("can you say that again", "nutrient_role", "relaxation")],
    [("how much vitamin d for a 75 year old man", "nutrient_intake", "800 IU"),
     ("huh?", "nutrient_intake", "800 IU")],
    # ... but what to do other than wait is what helps
    [("my calf has been twitching since the weekend", "causes", "stress"),
     ("anything i can do apart from wait it out?", "relief", "Things that help")],
    # a twitch told keeps the conversation ours: a sign said next counts
    [("my flatmate's 66 and likes a drink, his arms twitch in the evenings", "causes",
      "alcohol"),
     ("he's lost a lot of weight too", "seek_care", "other symptoms")],
    # a food word in an idiom names no food: what else helps is the lifestyle advice
    [("my bottom eyelid keeps twitching since monday, its driving me nuts", "causes",
      "stress"),
     ("ive been drinking loads of coffee for deadlines, could that be it", "trigger",
      "caffeine"),
     ("wat else can i do", "relief", "Things that help")],
    # foods, with no nutrient discussed, are the foods that help twitching
    [("does vaping make you twitch", "trigger", "nicotine"),
     ("and foods?", "helpful_foods", "magnesium")],
    [("what foods have magnesium", "nutrient_foods", "almonds"),
     ("ok which foods have the most", "nutrient_foods", "almonds"),
     ("alright then", "thanks", "welcome")],
    [("tell me about electrolytes", "electrolytes", "electric charge"),
     ("started a new blood pressure tablet last week, could that be it", "seek_care",
      "prescribed medicine")],
    # going on by asking what to do is what helps, not more about the last subject; a
    # bare "help" still lists the topics
    *([("what does magnesium do", "nutrient_role", "relaxation"),
       (follow_up, "relief", "Things that help")]
      for follow_up in ("what else can i do", "anything else i could try", "what helps",
                        "and what actually helps?", "what else would help")),
    [("why do i twitch after coffee", "trigger", "caffeine"),
     ("what else", "relief", "Things that help")],
    [("what does magnesium do", "nutrient_role", "relaxation"),
     ("what else", "nutrient_foods", "almonds"),
     ("help", "help", "You can ask me about")],
    # what one eats "for it" is for the twitch, not for the habit last advised
    [("Twitching in my foot at night", "lifestyle", "stretch"),
     ("and what can i eat for it", "helpful_foods", "magnesium")],
    [("why do i twitch after coffee", "trigger", "caffeine"),
     ("what can i eat for it", "helpful_foods", "potassium")],
    # "anything else that helps" after the same advice again is what else helps
    [("what kind of stretching helps twitchy legs at night", "lifestyle", "stretch"),
     ("anything else that helps at night", "relief", "Things that help")],
    # whether it is harmful is the care answer's reassurance
    [("what even is a fasciculation", "about_twitching", "involuntarily"),
     ("is it harmful", "seek_care", "very rarely")],
    # after a red flag, a turn that only tells gets the care answer, whatever it names
    [("does stretching before bed help", "lifestyle", "stretch"),
     ("tbh its been about three months and ive lost a stone without trying", "seek_care",
      "2 weeks"),
     ("no pain, just the twitching and the weight", "seek_care", "2 weeks")],
    # acknowledgements strung together are thanks, as each alone is
    *([("what does magnesium do", "nutrient_role", "relaxation"),
       (said, "thanks", "welcome")]
      for said in ("ok good to know", "ah ok that makes sense", "noted, cheers", "righto",
                   "bless up", "okey dokey, ta")),
    [("what does magnesium do", "nutrient_role", "relaxation"),
     ("ok which foods then", "nutrient_foods", "almonds")],
    # whether he can just rest it, after an urgent sign, is the care answer again
    [("My flatmate came off his bike last night and now his arm twitches and feels numb",
      "seek_care", "emergency"),
     ("He doesn't want to sit in A&E for hours. Can he just rest it?", "seek_care",
      "emergency")],
    # "fine", then the asker's own age: the last question, for them
    [("What does vitamin D do?", "nutrient_role", "absorb"),
     ("How much should my 5 year old get?", None, "paediatrician"),
     ("Fine. And for me, I'm 72?", "nutrient_intake", "800 IU")],
    [("my eye twitches, could it be caffeine", "trigger", "caffeine"),
     ("Can too much cold brew make it worse?", "trigger", "caffeine")],
    # a habit told, not asked about, in a conversation of ours is answered
    [("Twitching Under My Eye Since Monday", "causes", "stress"),
     ("I sleep about five hours a night.", "trigger", "Fatigue")],
    # how one nutrient differs from the one discussed compares the two
    [("what does calcium do for muscles", "nutrient_role", "contract"),
     ("and how is that different from magnesium", "nutrient_compare", "Magnesium: aids")],
    # tablets stated in a nutrient's own unit are that supplement, not a medicine
    [("Should I take vitamin D for twitches?", "nutrient_supplements", "Whole food"),
     ("my tablets are 5000 iu is that ok", "nutrient_supplements", "above the upper limit")],
    # a follow-up that opens the turn, then only a story: the last question, for it
    [("how much magnesium should a woman of 52 have", "nutrient_intake", "320 mg"),
     ("And calcium? My sister has brittle bones", "nutrient_intake", "1,200 mg")],
    [("how much calcium does a man of 74 need", "nutrient_intake", "1,200 mg"),
     ("what about vitamin d, he never goes out", "nutrient_intake", "800 IU")],
    # waiting, told as someone's advice and then asked about, is the care advice again
    [("my husband's legs buckled twice today and his calves twitch", "seek_care",
      "emergency"),
     ("His brother says wait and see till Monday. Is that ok?", "seek_care", "emergency")],
    # a wait told beside a food question is no subject from elsewhere
    [("my calf has twitched for a month, should i worry", "seek_care", "2 weeks"),
     ("Until I get a blood test, what foods would help the twitching", "helpful_foods",
      "spinach")],
    # an emergency told earlier leads a softer sign's answer, and it is still answered
    [("my speech went slurred this morning and my cheek twitches", "seek_care", "emergency"),
     ("my calf and thigh twitch at night too, would bananas help", "food_nutrients",
      "emergency")],
    # food asked for after a red flag, naming nothing to eat: the foods that help
    [("my dad's arm twitches and he says his grip is going", "seek_care", "weak"),
     ("is there something he could eat to help while we wait", "helpful_foods", "spinach")],
    [("my calf has twitched since june", "seek_care", "2 weeks"),
     ("ok what about food then", "helpful_foods", "almonds")],
    # ... whatever the story after the question names
    [("my husband's hand has gone weak and his thumb twitches", "seek_care", "weak"),
     ("what would be good for him to eat, he lives on crisps and cola", "helpful_foods",
      "spinach")],
    [("mum's calf has twitched since september", "seek_care", "2 weeks"),
     ("what could they add to her food", "helpful_foods", "almonds")],
    # ... or those of the nutrient discussed
    [("tingly toes and twitching calves, is it b12?", "nutrient_role", "B12"),
     ("what could I add to my food", "nutrient_foods", "eggs")],
    # a test asked about after it is a question for the doctor
    [("my fingers tingle and my eyelid twitches, could it be b12", "nutrient_role",
      "numbness"),
     ("would a blood test show it", "seek_care", "doctor")],
    # how soon, asked alone after the care advice
    [("my calf has twitched since june, who do i see, gp or neurologist?", "seek_care",
      "doctor"),
     ("how quickly", "seek_care", "doctor")],
    # a medicine asked about outside our subject is still the one under discussion
    [("how much is a ventolin inhaler without a prescription", None, "outside"),
     ("reason i ask, i've been using mine loads and my legs twitch. should i drink "
      "electrolytes", "lifestyle", "do not stop a prescribed medicine")],
    [("what's the max dose of sertraline", None, "outside"),
     ("i'm still taking it and my eyelid won't stop twitching", "seek_care",
      "prescribed medicine")],
    # ... and so is one the asker said they take, whatever was asked beside it
    [("I take Lasix for fluid. Which foods have potassium?", "nutrient_foods", "banana"),
     ("I've been getting cramps and twitches in my legs since I started it", "seek_care",
      "prescribed medicine")],
    [("im on sertraline btw, what has magnesium", "nutrient_foods", "almonds"),
     ("eyelid has jumped ever since starting it", "seek_care", "prescribed medicine")],
    [("I'm on Wegovy and eating tiny portions, which foods pack the most potassium",
      "nutrient_foods", "banana"),
     ("also I've been throwing up most days this week and my legs are twitching, is that the "
      "jab", "seek_care", "prescribed medicine")],
    # ... and one told new with no twitch yet, when the asker's twitch comes next
    [("Started a new blood pressure tablet last Monday and the GP said to eat more "
      "potassium. Which foods?", "nutrient_foods", "banana"),
     ("Now my calf keeps jumping, it's been going since Wednesday", "seek_care",
      "prescribed medicine")],
    # ... but not one taken for years, one someone else takes, nor a nutrient started
    [("I have been on amlodipine for years, which foods have potassium?", "nutrient_foods",
      "banana"),
     ("my calf keeps jumping", "causes", "magnesium")],
    [("my husband started new tablets last week, which foods have potassium?",
      "nutrient_foods", "banana"),
     ("my calf keeps jumping", "causes", "magnesium")],
    [("My mum takes statins. Which foods have potassium?", "nutrient_foods", "banana"),
     ("I've been getting cramps in my legs since I started it", "causes", "magnesium")],
    [("Which foods have potassium?", "nutrient_foods", "banana"),
     ("I've been getting cramps and twitches in my legs since I started it", "causes",
      "magnesium")],
    # a cause from elsewhere offered for a red flag told: the care advice, not "outside"
    [("my feet tingle and my calves twitch at night", "seek_care", "doctor"),
     ("isn't it just a pulled muscle", "seek_care", "doctor")],
    [("twitching in both legs and a temperature since sunday", "seek_care", "healthcare"),
     ("could it just be screen time", "seek_care", "healthcare")],
    # how soon to be seen, with more said after it
    [("Eyelid Twitch For Two Months Now - Are Night Shifts To Blame?", "trigger", "2 weeks"),
     ("how soon should i go tho, it doesnt hurt", "seek_care", "doctor")],
    # what to eat, in a verb's -ing form
    [("my calf has twitched since june", "seek_care", "2 weeks"),
     ("right. and in the meantime what should i be eating", "helpful_foods", "almonds")],
    [("what should i be eating", "helpful_foods", "spinach")],
    # whether a drink counts as a trigger
    [("can caffeine make my eye twitch", "trigger", "caffeine"),
     ("does tea count towards caffeine", "trigger", "caffeine")],
    # electrolytes drunk are hydration
    [("should i drink electrolytes", "lifestyle", "fluid")],
]


@pytest.mark.parametrize("turns", FOLLOW_UPS, ids=[t[0][0] for t in FOLLOW_UPS])
def test_short_follow_ups(bot: Assistant, turns: list[tuple[str, str | None, str]]) -> None:
    conversation = bot.conversation()
    for question, intent, fact in turns:
        reply = conversation.ask(question)
        assert reply.intent == intent, (question, reply.candidates[:3], reply.text)
        assert fact.lower() in reply.text.lower(), (question, reply.text)


@pytest.mark.parametrize("question, listed, left_out", [
    ("whats high in potassium apart from bananas", "sweet potatoes", "banana"),
    # the food to beat is left out of the foods asked for
    ("Which Foods Have More Potassium Than Bananas?", "sweet potatoes", "banana"),
    ("anything with more potassium than a banana", "sweet potatoes", "banana"),
    ("what has more magnesium than almonds", "pumpkin seeds", "almond"),
])
def test_a_food_ruled_out_is_left_out(bot: Assistant, question: str, listed: str,
                                      left_out: str) -> None:
    text = bot.ask(question).text
    assert listed in text and left_out not in text.lower(), text


@pytest.mark.parametrize("question, listed", [
    ("vegan for years, which plant foods have magnesium? probably not enough greens tbh",
     "spinach"),
    ("I don't eat enough nuts, which foods have magnesium", "almonds"),
    ("what has potassium, I definitely don't get enough of bananas", "bananas"),
])
def test_a_food_eaten_too_little_is_not_ruled_out(bot: Assistant, question: str,
                                                  listed: str) -> None:
    """A food eaten too little is one to eat more of, though 'not' comes before it."""
    text = bot.ask(question).text
    assert listed in text, text


@pytest.mark.parametrize("question", [
    # a second question is answered with what the whole question names, and says nothing
    # the first answer already said
    "should i drink electrolyte drinks after football, and which foods have potassium?",
    "I'm on a water tablet and my calves flicker at night. Could it be low potassium? "
    "Which foods would help?",
    "Twitchy legs since my inhaler dose went up. Is that low magnesium, and what should I eat?",
])
def test_two_questions_answered_together_say_nothing_twice(bot: Assistant,
                                                           question: str) -> None:
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", bot.ask(question).text) if s]
    assert len(sentences) == len(set(sentences)), sentences


def test_two_foods_compared_are_both_answered(bot: Assistant) -> None:
    text = bot.ask("does spinach have more magnesium than almonds").text
    assert "Spinach" in text and "Almonds" in text, text


def test_a_diet_stated_in_passing_shapes_the_food_list(bot: Assistant) -> None:
    text = bot.ask("dairy upsets my stomach, other calcium options?").text
    assert "tofu" in text
    assert "cheese" not in text


def test_the_question_clause_decides_over_background(bot: Assistant) -> None:
    reply = bot.ask("what foods have potassium, my calves keep twitching after football")
    assert reply.intent == "nutrient_foods"


@pytest.mark.parametrize("question", [
    "no numbness or weakness, just my eyelid twitching, what causes it",
    "im not on any meds, why would my calf twitch",
    "no weakness or numbness, just annoying flickering under the skin of my calf, why",
])
def test_a_denied_sign_is_not_a_red_flag(bot: Assistant, question: str) -> None:
    reply = bot.ask(question)
    assert reply.intent == "causes", (reply.candidates[:3], reply.text)
    assert "sign" not in reply.entities


def test_a_nutrient_in_the_background_is_context(bot: Assistant) -> None:
    reply = bot.ask("i take magnesium already, which foods have potassium")
    assert reply.entities["nutrient"] == ("potassium",)
    assert "almonds" not in reply.text


def test_diets_named_together_all_apply(bot: Assistant) -> None:
    text = bot.ask("gone fully plant based, where do i get calcium now with no dairy").text
    assert "tofu" in text
    assert "sardines" not in text and "cheese" not in text


def test_the_ice_bucket_challenge_is_not_a_fear_of_als(bot: Assistant) -> None:
    assert bot.ask("which year was the ice bucket challenge for ALS").intent is None


@pytest.mark.parametrize("question, says", [
    ("Is 10,000 IU of vitamin D a day too much?", "4,000 IU"),
    # with its unit written on: not "is 1" read as a child's age
    ("Is 1,000mg of calcium right for me? 44F", "1,000 mg of calcium a day"),
    ("i take 2,000iu of vitamin d, ok?", "2,000 IU (50 mcg) of vitamin D"),
])
def test_a_number_with_a_thousands_comma_is_one_number(bot: Assistant, question: str,
                                                       says: str) -> None:
    reply = bot.ask(question)
    assert reply.intent in ("nutrient_supplements", "nutrient_intake"), reply.text
    assert says in reply.text, reply.text


@pytest.mark.parametrize(("question", "sign"), [
    ("my leg keeps giving out on me going down the stairs and the thigh twitches too", "weak"),
    ("since this morning he coughs every time he drinks, it all goes down the wrong way",
     "emergency"),
    ("month and a half of my bicep twitching, is that normal", "2 weeks"),
    ("my left thigh looks smaller than the right one and it twitches all day", "weak"),
    ("theres a dent in my shoulder muscle now, the bit that twitches", "weak"),
    ("cant stand on tiptoes on that side anymore and the calf twitches loads", "weak"),
    ("calf twitch has been going since the summer, thought it would stop", "2 weeks"),
    ("its harder to breathe than usual and the muscles round my ribs twitch", "emergency"),
    ("my words come out mushy and my tongue twitches", "emergency"),
    ("chest muscles twitching and im struggling to catch my breath", "emergency"),
    ("eye twitch 3 weeks not stopping", "2 weeks"),
    ("b12 foods. thumb twitch 3 weeks", "2 weeks"),
    ("ive had two falls this month and my legs twitch at night, could that be connected",
     "weak"),
    ("my right foot twitches and now its slapping the floor when i walk", "weak"),
    ("now my hand is also twitching and i am having some tingling in the fingers", "numb"),
    ("pls tell me this twitching isnt something bad like a brain thing, been googling all night",
     "doctor"),
    ("its not ALS is it? my calf has twitched for 3 days", "doctor"),
    ("calf twitch started when the clocks went back in october and now its nearly christmas",
     "2 weeks"),
    ("over a month now, same spot on my shoulder, tiny flickers. is magnesium worth a try",
     "2 weeks"),
    ("out of the blue my left arm has gone numb and heavy, it was twitching earlier",
     "emergency"),
    ("food keeps sticking in my throat when i swallow and my neck muscles twitch", "emergency"),
    ("my mum's on new heart tablets and her feet keep twitching, is it the tablets", "medicine"),
    ("started in my left hand, now both hands twitch. what does that mean", "more than one place"),
    ("my tongue twitches and its getting harder to swallow my food", "emergency"),
    ("its harder to talk clearly and my lips twitch", "emergency"),
    ("daily vitamin d for a 45 yr old? and fyi the jumping in my calf is into its 3rd month",
     "2 weeks"),
    ("is it just caffeine? had a twitch by my knee for like 2 and a half weeks", "2 weeks"),
    ("my twitches r literally everywhere now not just my eye, is it the energy drinks",
     "more than one place"),
    ("i choke on water more than i used to and my neck muscles twitch", "emergency"),
    ("which nuts have magnesium? also i keep walking into furniture and my legs twitch", "weak"),
    ("my arm is twitching and also it is more thin than other arm now", "weak"),
    ("should i stop my new cholesterol tablets? my legs have twitched since i started them",
     "medicine"),
    ("my hand twitches and i cant twist the cap off a water bottle anymore", "weak"),
    ("it was only my left calf but now its crept up into the thigh", "more than one place"),
    ("thigh has been twitching for ages, like months honestly. what vitamin am i missing",
     "2 weeks"),
    ("twitchy eyelid since easter and its july now, just tiredness?", "2 weeks"),
    ("woke up and half my face feels numb and droopy, twitching next to my eye", "emergency"),
    ("started atorvastatin last month and now my calves twitch", "medicine"),
    ("started elvanse 3 weeks ago and my jaw and legs twitch, or is it the coffee", "medicine"),
    ("worried this is something neurological, my thumb twitches when im stressed", "doctor"),
    ("my thumb twitches and i cant do my buttons up anymore", "weak"),
    ("the muscle between my thumb and finger looks sunken and it twitches loads", "weak"),
    ("my dad is 68, his legs twitch and hes fallen over 3 times this month", "weak"),
    ("my hand feels like its asleep all day and the thumb twitches", "numb"),
    ("started a new blood pressure tablet and my legs twitch, what has potassium", "medicine"),
    ("the kids have been off sick so no sleep, and my leg feels weak and twitchy", "weak"),
    # speech slurred, told as others hear it
    ("by the evening his words have started running into each other and his mouth twitches",
     "emergency"),
    ("my words keep running into each other and my lip twitches", "emergency"),
    # a stroke feared in a headline or as a friend's warning; a reassurance doubted
    ("Twitching face = mini stroke?", "emergency"),
    ("Friend says eye twitching means you're about to have a stroke. True?", "emergency"),
    ("Neurologist said BFS. Could he be wrong?", "doctor"),
    # told by family: a throat cleared after each drink, a drink out of one side, an arm
    # heavy since the afternoon, speech as if drunk
    ("Mother in law keeps clearing her throat after every sip of her drink, is the twitching "
     "in her neck related", "emergency"),
    ("Father-In-Law Dribbling Tea From One Side, cheek twitching", "weak"),
    ("Mum's arm has felt heavy and twitchy since this afternoon", "emergency"),
    ("my wife sounds like she's had a drink when she's tired, but she never drinks, and her "
     "lip twitches", "emergency"),
])
def test_red_flags_in_everyday_words(bot: Assistant, question: str, sign: str) -> None:
    reply = bot.ask(question)
    assert sign in reply.text.split(". ")[0], reply.text


@pytest.mark.parametrize(("question", "intent"), [
    ("ok its 2am and my eyelid is going crazy, what can i do to make it stop", "relief"),
    ("can i take folic acid tablets daily? not pregnant, just curious", "nutrient_supplements"),
])
def test_not_about_a_child_or_a_pregnancy(bot: Assistant, question: str, intent: str) -> None:
    reply = bot.ask(question)
    assert reply.intent == intent, reply.text


@pytest.mark.parametrize("question", [
    "revising for finals, living on energy drinks and four hours of sleep. What's causing it?",
    "sleeping maybe five or six hours a night and living on flat whites, which habit is it",
])
def test_too_little_sleep_beside_caffeine_names_both(bot: Assistant, question: str) -> None:
    text = bot.ask(question).text
    assert "caffeine" in text and "Fatigue" in text, text


def test_two_triggers_asked_about_are_both_answered(bot: Assistant) -> None:
    text = bot.ask("he pulls all nighters gaming, is it the lack of sleep or the energy drinks"
                   ).text
    assert "Fatigue" in text and "caffeine" in text


def test_a_trigger_in_the_background_is_context(bot: Assistant) -> None:
    reply = bot.ask("ive been running around nonstop all week, can stress on its own do this")
    assert reply.entities["trigger"] == ("stress",)


@pytest.mark.parametrize("question", [
    "Sleeping about 5 hours a night with my thesis due. My eyelid flickers since Monday. "
    "Is there anything that actually helps with stress twitches?",
    "I lie awake at night making lists. My cheek twitches. What calms a stress twitch?",
])
def test_a_lifestyle_factor_in_the_background_is_context(bot: Assistant, question: str) -> None:
    reply = bot.ask(question)
    assert "stress" in reply.text.lower() and "7 to 9 hours" not in reply.text, reply.text


def test_each_of_two_nutrients_said_once(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("how do magnesium and calcium work together")
    reply = conversation.ask("whats the upper limit for each")
    assert "350 mg" in reply.text and "2,500 mg" in reply.text
    assert reply.text.count("Needs differ") == 1


@pytest.mark.parametrize("question", ["vegan for 2 yrs, should i take a b12 supplement",
                                      "been 3 years on night shifts, how much magnesium a day"])
def test_how_long_is_not_how_old(bot: Assistant, question: str) -> None:
    reply = bot.ask(question)
    assert reply.intent is not None, reply.text  # not declined as a question about a child


def test_numbers_written_as_words(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("how much calcium do i need")
    assert "1,000 mg" in conversation.ask("And my husband? He's sixty six.").text
    reply = bot.ask("My eyelid's been going for sixteen days. Is that normal?")
    assert "2 weeks" in reply.text.split(". ")[0]


def test_ruling_out_a_food_in_a_follow_up(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("which foods have potassium")
    reply = conversation.ask("im allergic to bananas tho")
    assert reply.intent == "nutrient_foods"
    assert "sweet potatoes" in reply.text and "banana" not in reply.text.lower()


@pytest.mark.parametrize("question", ["how many mg of vitamin D a day", "is 300 mg a lot",
                                      "whats the limit in mg", "k thanks"])
def test_lowercase_units_are_not_symbols(bot: Assistant, question: str) -> None:
    assert "magnesium" not in bot.ask(question).entities.get("nutrient", ())
    assert "potassium" not in bot.ask(question).entities.get("nutrient", ())


@pytest.mark.parametrize("question, word", [
    ("whats on tv tonight", "tv"),
    ("what is the atomic number of potassium", "atomic"),
    ("how many iron tablets can i take", "iron"),
    ("does it explode in water", "explode"),
])
def test_out_of_scope_says_what_it_covers_without_pasting_the_askers_word(
        bot: Assistant, question: str, word: str) -> None:
    reply = bot.ask(question)
    assert reply.intent is None
    assert reply.text.startswith("Sorry, that's outside what I can answer.")
    assert word not in reply.text.lower().split()


@pytest.mark.parametrize("question, says, professional", [
    ("im 30 weeks pregnant and my calf twitches, how much magnesium", "pregnancy", "midwife"),
    ("breastfeeding and my eyelid twitches, do i need more b12", "breastfeeding", "midwife"),
    ("my dog twitches in his sleep, is he low on potassium", "people", "vet"),
    ("my 6 year old has a twitchy eye, what should he eat", "adults", "paediatrician"),
])
def test_a_decline_speaks_of_who_it_is_for(bot: Assistant, question: str, says: str,
                                          professional: str) -> None:
    reply = bot.ask(question)
    assert reply.intent is None
    assert says in reply.text and professional in reply.text
    assert "only cover adults" not in reply.text  # a pregnant asker is an adult


def test_no_answer_speaks_of_an_article_the_asker_never_saw(bot: Assistant) -> None:
    questions = ["should i take magnesium supplements", "is b6 worth taking as a supplement",
                 "what vitamin deficiency causes twitching", "what does b6 do",
                 "can a poor diet cause twitching", "vitamin d tablets or sunlight"]
    for question in questions:
        assert "article" not in bot.ask(question).text.lower(), question


@pytest.mark.parametrize("answer, intent, facts", [
    ("potassium", "nutrient_foods", ["banana"]),
    ("magnesium please", "nutrient_foods", ["spinach"]),
    ("what does calcium do", "nutrient_role", ["contract"]),  # a question of its own
])
def test_a_clarifying_question_finishes(bot: Assistant, answer: str, intent: str,
                                        facts: list[str]) -> None:
    conversation = bot.conversation()
    assert conversation.ask("which foods have it").text.startswith("Which nutrient")
    reply = conversation.ask(answer)
    assert reply.intent == intent
    assert_mentions(reply, facts)


@pytest.mark.parametrize("first, then", [
    ("how much vitamin d should I take", "what if I also have double vision"),
    ("what foods have magnesium", "I've also had a fever since Tuesday"),
    ("is caffeine bad for twitching", "what if it comes with dizzy spells"),
    ("What can cause muscle twitching in older people?",
     "He does take water tablets for his heart if that matters"),
    ("why does my eye twitch", "been 3 weeks btw"),
    ("How long do twitches usually last?",
     "Mine's been a month give or take, the muscle at the base of my thumb"),
])
def test_a_sign_said_later_in_the_conversation_counts(bot: Assistant, first: str,
                                                      then: str) -> None:
    """Every turn of a conversation with us is about twitching: a sign that counts only
    beside a twitch counts there without the word."""
    conversation = bot.conversation()
    conversation.ask(first)
    reply = conversation.ask(then)
    assert reply.intent == "seek_care" or "healthcare provider" in reply.text, reply.text


@pytest.mark.parametrize("question, says", [
    ("eggs for b12?", "Eggs are listed as a source of vitamin B12."),
    ("which nuts have magnesium", "Among nuts, almonds and cashews are listed as sources"),
])
def test_a_group_of_one_food_is_no_group_to_pick_among(bot: Assistant, question: str,
                                                        says: str) -> None:
    assert bot.ask(question).text.startswith(says)


@pytest.mark.parametrize("question, food, others", [
    ("Are bananas the only good source of potassium?", "bananas", "Other sources of "
     "potassium: sweet potatoes, spinach, avocados, beans, and lentils."),
    ("bananas enough for potassium or nah", "bananas", "Other sources of potassium: sweet"),
    ("does dark chocolate actually count as magnesium", "dark chocolate",
     "Other sources of magnesium: spinach, kale, almonds"),
    ("is salmon a good vitamin d food", "salmon", "Other sources of vitamin D: mackerel, "
     "fortified milk"),
    # a food by the name it has where the asker lives, a nutrient in their language
    ("Feijão every lunch, it counts for potassium?", "beans", "Other sources of potassium: "
     "bananas"),
    ("paneer good for calcium?", "cheese", "Other sources of calcium: milk, yogurt"),
    ("Dahi is good for calcium?", "yogurt", "Other sources of calcium: milk, cheese"),
    ("spinach has magnésio?", "spinach", "Other sources of magnesium: kale"),
])
def test_a_food_asked_of_a_nutrient_is_answered_with_the_nutrients_other_foods(
        bot: Assistant, question: str, food: str, others: str) -> None:
    """'Are bananas the only potassium food?' asks for the others too; the food asked
    about is not among them."""
    text = bot.ask(question).text
    assert others in text, text
    assert food not in text.partition("Other sources")[2], text


@pytest.mark.parametrize("before, question, intent", [
    ("Vegan swimmer, where do I get calcium?", "What's B12 for?", "nutrient_role"),
    ("what foods have magnesium", "and what is calcium for", "nutrient_role"),
    ("what foods have magnesium", "and calcium?", "nutrient_foods"),
    ("how much magnesium a day", "and for a woman", "nutrient_intake"),
])
def test_a_follow_up_that_asks_what_a_nutrient_is_for_is_no_repeat(
        bot: Assistant, before: str, question: str, intent: str) -> None:
    conversation = bot.conversation()
    conversation.ask(before)
    assert conversation.ask(question).intent == intent


@pytest.mark.parametrize("before, question, intent, care", [
    ("what's good for calf cramps after running",
     "Unrelated, how do I stop my hollandaise splitting?", None, False),
    ("my calf twitches, could it be the statins i started",
     "Unrelated, but how do I order a repeat prescription online?", None, True),
    ("what foods have magnesium", "different question, how much vitamin d a day",
     "nutrient_intake", False),
    ("what foods have magnesium", "Random but how do I get candle wax off a carpet", None,
     False),
])
def test_a_turn_that_changes_the_subject_is_read_as_asked_first(
        bot: Assistant, before: str, question: str, intent: str | None, care: bool) -> None:
    """Read on its own, yet a red flag told before still leads it."""
    conversation = bot.conversation()
    conversation.ask(before)
    reply = conversation.ask(question)
    assert reply.intent == intent, reply.text
    assert reply.text.startswith("If you think a prescribed medicine") is care, reply.text


def test_after_a_turn_that_left_the_subject_the_conversation_goes_back_to_it(
        bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("what does potassium do for muscles")
    assert conversation.ask("off topic, who won the league last year").intent is None
    reply = conversation.ask("ok back to that, which foods have it")
    assert reply.intent == "nutrient_foods" and "bananas" in reply.text, reply.text


@pytest.mark.parametrize("declined, then, intent", [
    ("My dog's back leg keeps twitching when he's lying down. Why?",
     "Ok what about me then, my eyelid has been twitching since yesterday", "causes"),
    ("my dog twitches like mad in his sleep, is he ok",
     "haha what about me, my eyelid twitches every evening this week", "causes"),
    # no twitch of the asker's told: the declined question, asked for them
    ("my 8 year old won't touch fish, what vitamin d foods can she have instead",
     "fair enough. what about for me then, I'm 40 and hate fish too",
     "nutrient_foods_without"),
])
def test_after_a_decline_a_turn_to_the_askers_own_twitch_asks_about_it(
        bot: Assistant, declined: str, then: str, intent: str) -> None:
    conversation = bot.conversation()
    assert conversation.ask(declined).intent is None
    reply = conversation.ask(then)
    assert reply.intent == intent, reply.text


@pytest.mark.parametrize("question, says", [
    ("And calcium for me, 55 and female?", "for a woman aged 55 is 1,200 mg"),
    ("And calcium for my husband? He's 58.", "for a man aged 58 is 1,000 mg"),
    ("male and 40, how much magnesium", "for a man aged 40 is 420 mg"),
])
def test_a_nutrient_said_with_only_who_it_is_for_asks_their_amount(
        bot: Assistant, question: str, says: str) -> None:
    reply = bot.ask(question)
    assert reply.intent == "nutrient_intake" and says in reply.text, reply.text


@pytest.mark.parametrize("question, intent", [
    ("Magnesium before bed for twitching, good idea?", "nutrient_role"),
    ("Does magnesium help twitching at night?", "nutrient_role"),
    ("is it better to take magnesium at night", "nutrient_supplements"),
    # with nothing else named, a time of day is the stretching advice's
    ("my legs twitch at night, what can i do", "lifestyle"),
    ("does stretching before bed help", "lifestyle"),
])
def test_a_time_of_day_beside_a_nutrient_says_when_not_what(bot: Assistant, question: str,
                                                             intent: str) -> None:
    assert bot.ask(question).intent == intent


@pytest.mark.parametrize("before, question, intent, says", [
    ("my eyelid flutters since saturday, i drink a LOT of coffee",
     "how many cups is too many", "trigger", "caffeine"),
    ("is sleep important for twitching", "how many hours is enough", "lifestyle", "7 to 9"),
    # of a nutrient, its limit; of something from elsewhere, nothing of ours
    ("what does magnesium do", "how much is too much", "nutrient_limit", "350"),
    ("why do my quads twitch after lifting", "how much protein should i be hitting per day",
     None, "outside"),
])
def test_how_much_asked_of_a_habit_is_what_the_sources_say_of_it(
        bot: Assistant, before: str, question: str, intent: str | None, says: str) -> None:
    """The sources give no amount of coffee: 'how many cups is too many?' after it is
    answered with what they say of caffeine, not with when to see a doctor."""
    conversation = bot.conversation()
    conversation.ask(before)
    reply = conversation.ask(question)
    assert reply.intent == intent and says in reply.text, reply.text


@pytest.mark.parametrize("question", [
    "what can I drink instead of the energy drinks?",
    "what can i drink instead of coffee",
])
def test_a_drink_asked_for_in_place_of_a_trigger_is_the_hydration_advice(
        bot: Assistant, question: str) -> None:
    reply = bot.ask(question)
    assert reply.intent == "lifestyle" and "Drink enough fluid" in reply.text, reply.text


@pytest.mark.parametrize("question, care", [
    ("I work at a vet practice and the dogs twitch in their sleep all day. But my own arm's "
     "been twitching this week and I can't grip the leads as well as I used to. Magnesium?",
     True),
    ("my dog keeps twitching and my hand feels weak, is he low on magnesium?", True),
    # the animal's sign, or no sign at all: declined
    ("my dog twitches and his back leg is weak, what do i do", False),
    ("my dog twitches in his sleep and so do I, is it normal", False),
])
def test_a_sign_of_the_askers_own_beside_an_animals_twitch_gets_the_care_advice(
        bot: Assistant, question: str, care: bool) -> None:
    """The care advice comes first; who advises about the animal may follow it."""
    reply = bot.ask(question)
    assert (reply.intent == "seek_care") is care, reply.text
    assert reply.text.startswith("Twitching where the affected area feels weak") is care
    assert "ask a vet" in reply.text


def test_a_food_asked_of_nothing_in_particular_lists_no_other_foods(bot: Assistant) -> None:
    assert "Other sources" not in bot.ask("do bananas help twitching").text


def test_a_pastime_whose_words_are_not_ours_leaves_a_sign_standing(bot: Assistant) -> None:
    reply = bot.ask("My granddad has had a twitch under his left eye for over a month. He "
                    "still does his crossword. How long is too long?")
    assert reply.intent == "seek_care" and "2 weeks" in reply.text, reply.text


@pytest.mark.parametrize("question, care", [
    ("Calf twitching daily since the Berlin marathon. Doctor?", True),
    ("eyelid twitching since monday. Doctor?", True),
    ("eyelid twitch since monday, worth seeing someone?", True),
    ("thumb keeps jumping. GP or not?", True),
    # a doctor named in another question asks nothing of whom to see
    ("my doctor says its stress, what foods help", False),
    ("the doctor said it's nothing. what foods have magnesium?", False),
])
def test_asking_only_whether_to_see_someone_gets_the_care_answer(
        bot: Assistant, question: str, care: bool) -> None:
    reply = bot.ask(question)
    assert (reply.intent == "seek_care") is care, reply.text


@pytest.mark.parametrize("first, then, judged", [
    ("I've been taking 500mg of magnesium a day", "Should I up it to 1000 then?",
     "1,000 mg of magnesium a day is above the upper limit"),
    ("I take 1000 IU of vitamin D", "what about 2000?", "2,000 IU (50 mcg) of vitamin D"),
    ("I take 200mg magnesium", "can I take 400 a day?", "400 mg of magnesium a day"),
    # a number said of the nutrient discussed is in the unit of its daily amount
    ("How much magnesium for a 50 year old man?", "should I still aim for 420 then?",
     "420 mg of magnesium a day"),
    # a dose raised, asked of
    ("How much magnesium should a woman take? I'm 34", "i take 250mg now, should i go up to "
     "500mg?", "500 mg of magnesium a day is above the upper limit"),
    # however weakly the rest of the words match
    ("How much magnesium should a woman take a day? I'm 27",
     "and if I'm using tablets should I go up to 800 then?",
     "800 mg of magnesium a day is above the upper limit"),
])
def test_a_number_after_an_amount_is_one_in_its_unit(bot: Assistant, first: str, then: str,
                                                     judged: str) -> None:
    conversation = bot.conversation()
    conversation.ask(first)
    reply = conversation.ask(then)
    assert judged in reply.text, reply.text


@pytest.mark.parametrize("then, not_judged", [
    ("and for my wife, she's 52", "52 IU"),  # an age
    ("should I up it to 2 tablets", "2 IU"),  # a count of something else
    ("what about 45 year olds", "45 IU"),
])
def test_other_numbers_after_an_amount_are_no_amount(bot: Assistant, then: str,
                                                     not_judged: str) -> None:
    conversation = bot.conversation()
    conversation.ask("I take 1000 IU of vitamin D")
    reply = conversation.ask(then)
    assert not_judged not in reply.text, reply.text


@pytest.mark.parametrize("then", ["take it for a month?", "should I take it for a month?",
                                  "can I take it for 6 weeks"])
def test_how_long_a_supplement_is_taken_is_no_span_of_the_twitch(bot: Assistant,
                                                                  then: str) -> None:
    conversation = bot.conversation()
    conversation.ask("does magnesium help eyelid twitching")
    reply = conversation.ask(then)
    assert reply.intent != "seek_care" and "2 weeks" not in reply.text, reply.text


def test_a_turn_that_only_tells_of_a_sign_gets_the_care_advice_alone(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("what foods have magnesium")
    reply = conversation.ask("ok thanks. its been going on for 3 weeks now tbh")
    assert "2 weeks" in reply.text and "upper limit" not in reply.text, reply.text
    other = bot.conversation()
    other.ask("what foods have magnesium")
    asked = other.ask("my eyelid has been at it for 3 weeks, how much magnesium a day then?")
    assert "2 weeks" in asked.text and "350 mg" in asked.text, asked.text


def test_foods_ruled_out_in_follow_ups_add_up_until_one_replaces_them(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("magnesium foods")
    no_nuts = conversation.ask("i don't really like nuts").text
    assert "spinach" in no_nuts and "almonds" not in no_nuts, no_nuts
    neither = conversation.ask("and I can't eat avocado either").text
    assert "almonds" not in neither and "avocado" not in neither and "spinach" in neither
    instead = conversation.ask("ok what about no dark chocolate instead").text
    assert "almonds" in instead and "dark chocolate" not in instead, instead


@pytest.mark.parametrize("then", ["in micrograms?", "whats that in iu", "and in mcg please"])
def test_a_turn_of_units_only_asks_the_last_answer_again(bot: Assistant, then: str) -> None:
    conversation = bot.conversation()
    first = conversation.ask("vitamin d upper limit")
    again = conversation.ask(then)
    assert again.intent == first.intent and "100 mcg" in again.text, again.text


@pytest.mark.parametrize("then", ["been like 4 days", "about a week now", "its been 3 days tbh",
                                  "about a week i think",
                                  # ... or only the day it began
                                  "only since Wednesday tbh", "since the weekend"])
def test_a_turn_that_only_says_how_long_is_answered_with_how_long_is_too_long(
        bot: Assistant, then: str) -> None:
    conversation = bot.conversation()
    conversation.ask("is it normal that my bottom lip keeps twitching")
    reply = conversation.ask(then)
    assert reply.intent == "seek_care" and "2 weeks" in reply.text, reply.text


def test_grams_asked_after_an_amount_give_the_amount_again(bot: Assistant) -> None:
    conversation = bot.conversation()
    first = conversation.ask("Potassium intake for a 40 year old man?")
    again = conversation.ask("in grams?")
    assert again.intent == first.intent and "3,400" in again.text, again.text


@pytest.mark.parametrize("then", ["is that mg or mcg?", "ok. and the 2.4, is that mg or mcg?",
                                  "mcg or mg?"])
def test_a_unit_beside_another_is_no_magnesium(bot: Assistant, then: str) -> None:
    conversation = bot.conversation()
    conversation.ask("How much B12 should I take?")
    again = conversation.ask(then)
    assert "2.4 mcg" in again.text and "magnesium" not in again.text, again.text


def test_units_after_an_answer_without_amounts_are_not_that_answer_again(bot: Assistant) -> None:
    conversation = bot.conversation()
    foods = conversation.ask("which foods have magnesium")
    assert conversation.ask("in micrograms?").text != foods.text


# ---------------------------------------------------------------- an amount is judged

JUDGED = [
    # question, facts the answer must carry, facts it must not
    ("is 400 mg of magnesium a day too much",
     ["400 mg of magnesium a day is above the upper limit of 350 mg",
      "from supplements and medicines only", "310 to 420 mg"], ["420 mg (men"]),
    ("I take 6000 IU of vitamin D, is that ok",
     ["6,000 IU (150 mcg) of vitamin D a day is above the upper limit of 4,000 IU"], []),
    ("Is vitamin D the same in IU and micrograms? How much is 600 IU in mcg?",
     ["600 IU (15 mcg) of vitamin D", "600 to 800 IU"], []),
    ("i'm taking 2000mg calcium daily",
     ["2,000 mg of calcium a day is below the upper limit of 2,500 mg for adults 19 to 50",
      "exactly at the upper limit of 2,000 mg for adults 51 and over"], []),
    ("50mcg of D3 every day safe?",
     ["50 mcg (2,000 IU) of vitamin D", "below the upper limit of 4,000 IU"], []),
    ("is 50µg of vitamin d ok", ["50 mcg (2,000 IU)", "below the upper limit"], ["age 50"]),
    ("magnesum 500mg every night, too much?", ["500 mg of magnesium", "above the upper limit"],
     []),
    ("2 g of calcium a day, am i overdoing it", ["2 g (2,000 mg) of calcium"], []),
    ("is 2 grams of calcium ok", ["2 g (2,000 mg) of calcium"], []),
    ("is 1000mcg of b12 too much, its what the chemist sells",
     ["no upper limit has been set", "more than the recommended daily amount (RDA) of 2.4 mcg"],
     []),
    ("potassium 99mg pills, ok?", ["no upper limit has been set",
                                   "less than the adequate daily intake (AI)"], []),
    ("I'm 45 - is 3000 mg of calcium from supplements a day too much?",
     ["above the upper limit of 2,500 mg at age 45", "1,000 mg"], ["2,000 mg"]),
    ("38F, is 1000mg of calcium the right daily amount",
     ["the same as the recommended daily amount (RDA) of 1,000 mg for a woman aged 38"], []),
    ("my multivitamin already has 1000 IU of vitamin D in it and i take a separate 4000 IU "
     "capsule on top. is that too much",
     ["5,000 IU (125 mcg) of vitamin D (1,000 IU and 4,000 IU together)",
      "above the upper limit"], []),
    ("1000 IU of magnesium ok?", ["amounts in mg", "can't compare an amount in IU"], []),
    ("b6 50mg daily safe?", ["below the upper limit of 100 mg"], []),
    ("Is 10,000 IU of vitamin D a day too much?", ["10,000 IU", "above the upper limit"], []),
    ("vitamin d 4000iu a day", ["exactly at the upper limit of 4,000 IU"], []),
    ("i take 1.5mg of b6", ["1.5 mg of vitamin B6", "below the upper limit of 100 mg"], []),
    ("I take 400mg magnesium and my wife takes 300mg, ok?", ["400 mg of magnesium a day"],
     ["700 mg", "together"]),
    ("I take 300mg magnesium and my husband takes 500mg, ok?", ["300 mg of magnesium a day"],
     ["800 mg", "500 mg"]),
    # choices, or sentences apart, are not taken together: the largest is judged
    ("the magnesium packets are all over the place, some are 100 mg and some are 750 mg per "
     "serving. what's the most I should take?", ["750 mg of magnesium"], ["850 mg", "together"]),
    ("influencers say 400 or 500 mg of magnesium a day on top of food. I've read loads of "
     "threads since and my colleague swears by a spray. Another friend takes 200 mg. Is it "
     "safe for me?", ["500 mg of magnesium"], ["together", "700 mg"]),
    # what an amount is said of is not what is named after a word of when
    ("I take a magnesium glycinate scoop (400mg) after training, is that too much?",
     ["400 mg of magnesium", "above the upper limit"], []),
    ("What is the upper limit for magnesium from supplements? I take a 500mg tablet at night.",
     ["500 mg of magnesium", "above the upper limit of 350 mg"], []),
    # an amount stated and appraised is judged, whatever else the story matched
    ("I take a 4000 IU vitamin D capsule and 1000 IU in my multivitamin, is that ok?",
     ["5,000 IU (125 mcg) of vitamin D", "above the upper limit"], []),
    ("a magnesium tablet of 200mg and a zinc and magnesium combo with 250mg at night, is "
     "that fine?", ["450 mg of magnesium (200 mg and 250 mg together)", "above the upper limit"],
     ["stretching"]),
]


@pytest.mark.parametrize(("question", "required", "forbidden"), JUDGED,
                         ids=[row[0] for row in JUDGED])
def test_an_amount_is_judged(bot: Assistant, question: str, required: list[str],
                             forbidden: list[str]) -> None:
    reply = bot.ask(question)
    assert_mentions(reply, required, forbidden)
    assert reply.reminder and reply.text.endswith(reply.reminder)
    assert any("NIH Office of Dietary Supplements" in s for s in reply.sources)
    assert words_of(reply.text) <= 150


def test_an_amount_said_of_something_else_is_not_judged(bot: Assistant) -> None:
    reply = bot.ask("my pre workout has 300mg caffeine, should i take magnesium")
    assert "300 mg of magnesium" not in reply.text
    assert "350 mg" in reply.text  # the figures instead


JUDGED_FOLLOW_UPS = [
    # each turn: question, facts required, facts forbidden
    [("how much magnesium do i need, im a 40 year old woman", ["320 mg"], []),
     ("what's the upper limit", ["350 mg"], ["320 mg", "RDA"]),
     ("is 400mg too much then", ["above the upper limit of 350 mg at age 40",
                                 "more than the recommended daily amount (RDA) of 320 mg "
                                 "for a woman aged 40"], [])],
    [("how much vit d per day for me, 34M", ["600 IU"], []),
     ("and whats the max before its too much", ["4,000 IU"], ["600 IU", "RDA"])],
    [("how much calcium do i need", ["1,000 mg"], []),
     ("whats the maximum", ["2,500 mg", "2,000 mg"], ["RDA"]),
     ("and if im taking 1500mg?", ["1,500 mg of calcium a day is below"], [])],
    [("what does magnesium do", ["relax"], []),
     ("is 500mg a day ok", ["500 mg of magnesium a day is above the upper limit"], [])],
    [("whats the rda for potassium", ["3,400 mg"], []),
     ("what about the upper limit", ["no upper limit"], ["3,400"])],
    # a turn that names only someone asks their amounts of what is being discussed
    [("what does vitamin d do for muscles", ["absorb calcium"], []),
     ("and for a 75 year old woman?", ["for a woman aged 75 is 800 IU (20 mcg)"], [])],
    # ... and someone of the other sex is another person, whose age was not said
    [("how much vitamin d for a 75 year old woman", ["800 IU"], []),
     ("what about for my husband", ["for a man is 600 IU"], ["aged 75"])],
    # an age after "at", where no clock shows it
    [("how much vitamin d do i need at 74", ["at age 74 is 800 IU"], ["600 IU"])],
    # a relative's sex in the story is not the asker's
    [("I'm 41, the wife packs me a banana most days. How much potassium should I have?",
      ["3,400 mg (men)", "2,600 mg (women)"], [])],
    [("my husband is 64, how much magnesium does he need", ["420 mg"], ["320 mg"])],
]


@pytest.mark.parametrize("turns", JUDGED_FOLLOW_UPS, ids=[t[0][0] for t in JUDGED_FOLLOW_UPS])
def test_amounts_and_limits_in_follow_ups(
        bot: Assistant, turns: list[tuple[str, list[str], list[str]]]) -> None:
    conversation = bot.conversation()
    for question, required, forbidden in turns:
        reply = conversation.ask(question)
        assert_mentions(reply, required, forbidden)


# ---------------------------------------------------------------- questions the data can answer

TOGETHER = [
    # question, facts required, facts forbidden: what the sources say of the pair, no food list
    ("is it bad to take magnesium and calcium together", ["contract", "relax"], ["kale"]),
    ("is it ok to take magnesum and calcum together?", ["imbalance"], ["kale"]),
    ("can i take vit d and calcium at the same time", ["absorb calcium"], ["salmon"]),
    ("is it ok to take magnesium and calcium at the same time", ["relax"], ["kale"]),
    ("should i have my potassium and magnesium pills at the same time",
     ["say nothing about"], ["banana"]),
    ("why do supplements so often pair calcium with magnesium", ["relax"], ["upper limit"]),
    ("if im taking calcium do i need magnesium as well? read somewhere they work together",
     ["relax"], []),
    ("can i take potassium with vitamin d", ["say nothing about", "taking them together"],
     ["banana"]),
    ("can i take b12 with magnesium", ["say nothing about"], ["fortified cereals"]),
]


@pytest.mark.parametrize(("question", "required", "forbidden"), TOGETHER,
                         ids=[row[0] for row in TOGETHER])
def test_two_nutrients_together(bot: Assistant, question: str, required: list[str],
                                forbidden: list[str]) -> None:
    reply = bot.ask(question)
    assert_mentions(reply, required, forbidden)
    assert reply.reminder and reply.text.endswith(reply.reminder)
    assert reply.sources


TIMING = [
    # turns of one conversation: question, facts required, facts forbidden. The sources say
    # neither when in the day to take a supplement nor how soon it helps: said plainly.
    [("whats the best time of day to take magnesium", ["don't say what time", "abundant"], [])],
    [("how long does magnesium take to work", ["how soon"], ["upper limit"])],
    [("Magnesium Morning Or Night?", ["don't say what time"], ["stretching"])],
    [("is it better to take magnesium in the morning or at night",
      ["don't say what time"], ["stretching"])],
    [("how long for b12 to kick in", ["how soon", "whole food"], [])],
    [("should i take magnesium", ["upper limit"], ["time of day"]),
     ("when is the best time to take it", ["time of day", "magnesium"], []),
     ("how long till it works", ["how soon"], [])],
    # of a lifestyle factor, the factor's own advice says when
    [("does stretching help twitching", ["before bed"], []),
     ("when's the best time to do it", ["before bed"], ["supplement"])],
]


@pytest.mark.parametrize("turns", TIMING, ids=[turns[-1][0] for turns in TIMING])
def test_when_to_take_and_how_soon(bot: Assistant,
                                   turns: list[tuple[str, list[str], list[str]]]) -> None:
    conversation = bot.conversation()
    for question, required, forbidden in turns:
        reply = conversation.ask(question)
        assert_mentions(reply, required, forbidden)


CARRIED_ON = [
    # turns of one conversation: question, facts required, facts forbidden
    # the factor a trigger's answer advised is the subject of "how many hours"
    [("Can being tired make you twitch?", ["fatigue"], []),
     ("how many hours should I be getting", ["7 to 9 hours"], ["Which part"])],
    # a word that only stresses the subject leaves the follow-up a follow-up
    [("I'm vegan. Where do I get B vitamins?", ["fortified cereals"], []),
     ("and b12 specifically?", ["vitamin B12", "fortified cereals"], ["nervous systems"])],
    # "how much is enough", and a decade said in words
    [("what foods have magnesium", ["almonds"], []),
     ("How much is enough for a guy in his forties", ["420 mg"], ["310 mg"])],
    # a lifestyle factor named in a conversation of ours is ours at a lower bar
    [("my legs twitch after night shifts, is it being tired", ["fatigue"], []),
     ("whats a decent amount of kip for a bloke my age, hours wise", ["7 to 9"], [])],
]


@pytest.mark.parametrize("question, facts, forbidden", [
    # in a clause of its own
    ("I'm 66 and my calcium looks low. What's the daily amount for a woman my age, and what "
     "are some foods besides milk?", ["1,200 mg", "tofu"], ["cheese"]),
    # joined to the first by "and" or "plus" in one clause, the subject shared
    ("how much potassium a day and what are good sources", ["3,400 mg", "bananas"], []),
    ("how much magnesium do i need and what foods have it", ["420 mg", "almonds"], []),
    ("what does b12 do and how much do i need", ["nerve", "2.4 mcg"], []),
    ("wat foods have vitamin d plus how much should i get", ["salmon", "600 IU"], []),
    # the daily amount asked after the upper limit: both amounts
    ("What is the upper limit for vitamin D? And how much do I need a day?",
     ["4,000 IU", "600 IU"], []),
    # ... and a food the first answer was about, where the second asks of the nutrient
    ("Daily B12 for adults, and are eggs good?", ["2.4 mcg", "eggs"], []),
    # a diet that narrowed the first answer's foods is not carried into the second question
    ("What vegan foods actually have B12 in them, and how much am I supposed to get each day?",
     ["fortified cereals", "2.4 mcg"], []),
    # a headline's things asked side by side, with no question word between them
    ("Potassium foods and amount for 60yo woman?", ["2,600 mg", "bananas"], []),
    ("Magnesium RDA Vs Upper Limit?", ["350 mg", "420 mg"], []),
    ("B12: How Much Daily And Best Sources?", ["2.4 mcg", "fortified cereals"], []),
    ("calcium daily need + best foods", ["1,000 mg", "tofu"], []),
])
def test_a_second_question_is_answered_too(bot: Assistant, question: str, facts: list[str],
                                           forbidden: list[str]) -> None:
    reply = bot.ask(question)
    assert_mentions(reply, facts, forbidden)
    assert reply.text.count(reply.reminder) == 1 and words_of(reply.text) <= 150


@pytest.mark.parametrize("question, facts, forbidden", [
    # joined words that name one thing asked, or only its subject: one answer
    ("Potassium foods for my mum's cramps and twitches?", ["bananas"], ["3,400 mg"]),
    ("Electrolytes And Muscle Twitches Explained", ["electric charge"], ["caffeine"]),
    ("magnesium and calcium foods", ["kale"], ["420 mg", "1,000 mg"]),
])
def test_things_joined_that_ask_one_thing_get_one_answer(bot: Assistant, question: str,
                                                        facts: list[str],
                                                        forbidden: list[str]) -> None:
    assert_mentions(bot.ask(question), facts, forbidden)


@pytest.mark.parametrize("question, facts, forbidden", [
    # a second question with no subject of its own, when it is what its clause best asks
    ("what causes eye twitching and what foods help", ["stress", "almonds"], []),
    ("what causes twitching and how do i stop it", ["caffeine", "7 to 9 hours"], []),
    ("what causes muscle twitches and what can i eat to help", ["fatigue", "whole foods"], []),
    # ... not one that refers back to the first subject: what electrolytes do, not causes
    ("electrolyte what are they and why do my muscles need them", ["electric charge"],
     ["caffeine"]),
])
def test_a_second_question_about_no_subject_is_answered_too(
        bot: Assistant, question: str, facts: list[str], forbidden: list[str]) -> None:
    reply = bot.ask(question)
    assert_mentions(reply, facts, forbidden)
    assert words_of(reply.text) <= 150


@pytest.mark.parametrize("question, facts", [
    # a unit only one nutrient is measured in names it
    ("i take 2000 iu of d is that ok", ["below the upper limit of 4,000 IU"]),
    ("is 5000iu a day too much", ["above the upper limit of 4,000 IU"]),
    # a story mostly of our subjects is ours when what is asked names nothing, whatever
    # its background names
    ("52F. My sister has osteoporosis so I started a 1200mg calcium tablet, and I have milk "
     "in tea, cheese at lunch and yoghurt most nights. Someone at work mentioned kidney "
     "stones. Roughly how much is too much?", ["2,000 mg"]),
])
def test_an_amount_or_a_story_of_ours_is_answered(bot: Assistant, question: str,
                                                   facts: list[str]) -> None:
    assert_mentions(bot.ask(question), facts, [])


@pytest.mark.parametrize("question", [
    # a condition from elsewhere that carries a word of ours is no twitch of ours
    "Period cramps every month, what actually helps?",
    "does magnesium help with period cramps",
    "stomach cramps after coffee, why",
])
def test_a_condition_carrying_our_word_is_out_of_scope(bot: Assistant, question: str) -> None:
    assert bot.ask(question).intent is None


@pytest.mark.parametrize("question", [
    # a subject from elsewhere beside our nutrient's name
    "Is Potassium Iodide Good For Radiation Protection?",
    "best stretch for tight hip flexors after sitting all day",
])
def test_a_subject_from_elsewhere_is_out_of_scope(bot: Assistant, question: str) -> None:
    assert bot.ask(question).intent is None


@pytest.mark.parametrize("turns, facts", [
    (["cheap potassium foods"], ["don't compare food prices", "bananas"]),
    (["cheap sources of magnesium on a student budget"], ["prices", "almonds"]),
    (["what foods have potassium", "which of those is cheapest"], ["prices", "lentils"]),
    # food asked on a budget, with a word our data does not know, in a conversation of ours
    (["why does my husband's eyelid twitch",
      "what should he be eating realistically on a tight budget"], ["spinach", "bananas"]),
    (["my flatmate's eyelid has twitched for 2 months",
      "what should she eat honestly on a budget"], ["doctor", "spinach"]),
])
def test_cheap_foods_are_the_foods_the_sources_list(bot: Assistant, turns: list[str],
                                                     facts: list[str]) -> None:
    conversation = bot.conversation()
    for question in turns:
        reply = conversation.ask(question)
    assert_mentions(reply, facts, [])


@pytest.mark.parametrize("message, intent", [
    # small talk that opens a message gives way to a question after it
    ("thanks, anything i can eat that helps?", "helpful_foods"),
    ("cheers! what about potassium?", "nutrient_role"),
    ("thanks, will ring the gp", "thanks"),
    ("thanks so much, bye", "thanks"),
    # ... and small talk that closes a remark asking nothing is said as much
    ("haha not happening anytime soon. thanks anyway", "thanks"),
    ("not likely with a newborn, cheers anyway", "thanks"),
    ("ha, if only. thanks", "thanks"),
    # but a remark that asks is answered
    ("is it the coffee? thanks", "trigger"),
])
def test_a_question_after_thanks_is_answered(bot: Assistant, message: str, intent: str) -> None:
    conversation = bot.conversation()
    conversation.ask("what causes eyelid twitching")
    assert conversation.ask(message).intent == intent


@pytest.mark.parametrize("question, facts", [
    # little sunlight asks about vitamin D, the article's "primary way" to get it
    ("i wfh and basically never go outside, could that be why im twitchy", ["vitamin D"]),
    # headlines: a nutrient's needs, its foods for a twitch
    ("Magnesium needs, 25 year old woman?", ["310 mg"]),
    ("Calcium Foods For Leg Cramps", ["tofu"]),
    ("my doctor told me to eat more magnesium", ["almonds"]),
])
def test_headlines_and_hints_reach_their_answer(bot: Assistant, question: str,
                                                facts: list[str]) -> None:
    assert_mentions(bot.ask(question), facts, [])


def test_a_price_beside_a_trip_stays_out_of_scope(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("what foods have potassium")
    assert conversation.ask("what's the cheapest way to fly to lisbon").intent is None


def test_the_care_advice_leads_two_answers_once(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("my calf twitches and now both arms too")
    reply = conversation.ask("what does b6 do and where do i get it")
    assert reply.text.count("more than one place") == 1 and "meat" in reply.text


@pytest.mark.parametrize("question, named", [
    # two soft signs told at once: the first sentence names both
    ("leg twitches every night since the start of november, both legs. is it lack of sleep?",
     ["more than one place", "2 weeks"]),
    ("my eyelid twitched for 3 weeks and now my cheek too, what helps",
     ["more than one place", "2 weeks"]),
    ("twitching for a month in my calf, what foods have magnesium", ["2 weeks"]),
    # a stronger sign leads alone, as its own sentence says it best
    ("my calf twitches for a month and my foot drags when i walk", ["feels weak"]),
])
def test_the_first_sentence_names_each_soft_sign_told(
        bot: Assistant, question: str, named: list[str]) -> None:
    first = bot.ask(question).text.split(". ")[0]
    assert all(fact in first for fact in named), first
    assert ("more than one place" in first) is ("more than one place" in named), first


@pytest.mark.parametrize("first, last, said", [
    ("my calf twitches and I nearly choked on my dinner", "ok I'll ring them. thanks",
     "You're welcome. Sudden weakness or numbness"),
    ("my eyelid has twitched for 3 weeks", "bye", "Take care. A twitch that lasts more than 2"),
    ("what foods have magnesium", "thanks", "You're welcome. I hope the twitching settles"),
    ("what foods have magnesium", "bye", "Take care. If a twitch lasts more than two weeks"),
])
def test_thanks_and_goodbye_say_again_the_care_a_sign_raised(
        bot: Assistant, first: str, last: str, said: str) -> None:
    conversation = bot.conversation()
    conversation.ask(first)
    reply = conversation.ask(last)
    assert reply.text.startswith(said) and "general information" not in reply.text, reply.text


@pytest.mark.parametrize("turns", [
    ["Are nuts any good for magnesium?", "almond butter as a spread, would that count?"],
    ["Is cheese a decent calcium source?", "Which cheese spread is cheapest at Tesco?"],
    ["what are easy potassium foods for my cramps?",
     "And my coffee is weak too, like barely brown. Still worth cutting the caffeine?"],
    ["does tea count towards fluids", "what if the tea is really weak"],
])
def test_a_sign_word_said_of_a_food_in_a_conversation_is_no_sign(
        bot: Assistant, turns: list[str]) -> None:
    conversation = bot.conversation()
    for turn in turns:
        reply = conversation.ask(turn)
    assert reply.intent != "seek_care" and "should be checked" not in reply.text, reply.text


def test_an_urgent_sign_raised_earlier_leads_as_a_sentence(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("my tongue feels thick and my arm twitches")
    assert conversation.ask("cheap vitamin d foods").text.startswith("Sudden weakness")


@pytest.mark.parametrize("later", [
    "could it be bell's palsy and not a stroke? don't want to waste their time",
    "is this ALS?",
    "it's been like this for three weeks on and off",
])
def test_an_urgent_sign_raised_earlier_leads_a_turn_with_a_sign_of_its_own(
        bot: Assistant, later: str) -> None:
    conversation = bot.conversation()
    conversation.ask("half my face went droopy this morning and my cheek twitches")
    reply = conversation.ask(later)
    assert reply.text.startswith("Sudden weakness"), reply.text


def test_the_same_kind_of_answer_is_given_once(bot: Assistant) -> None:
    alone = bot.ask("cant have dairy, proper allergy, so where do i get calcium from")
    assert "cheese" not in alone.text and alone.text.count("sources of calcium") == 1


@pytest.mark.parametrize("earlier, later, lead, fact", [
    (["does dehydration cause twitching? my calf has been jumpy this week",
      "the foot on that side has gone a bit numb too"],
     "so should I just drink more water then?", "Twitching with numbness", "fluid"),
    # the strongest sign raised leads, not the first
    (["eye twitching for 3 weeks now, is that normal", "and my hand has gone weak too"],
     "what foods have magnesium", "Twitching where the affected area feels weak", "almonds"),
    # among equally strong signs the order of one question holds: a body sign told after
    # a fear leads, as it would in one question ("is it ALS? my hand feels clumsy")
    (["Is Twitching A Sign Of ALS?",
      "my left hand feels clumsy when typing and the calf flickers every night"],
     "how much magnesium should i take, im 45", "Twitching where the affected area feels weak",
     "320 mg"),
    (["could this be MS, my thigh has been jumping",
      "now the foot on that side is numb"],
     "what foods have potassium", "Twitching with numbness", "bananas"),
])
def test_a_red_flag_raised_earlier_still_leads_later_answers(
        bot: Assistant, earlier: list[str], later: str, lead: str, fact: str) -> None:
    conversation = bot.conversation()
    for question in earlier:
        conversation.ask(question)
    reply = conversation.ask(later)
    assert reply.text.startswith(lead) and fact in reply.text, reply.text
    # thanks stays thanks, and says the sign's care advice again, as the reply led with it
    # (the sentence of each other sign told after it, as in "...weak. Twitching that has
    # lasted more than 2 weeks...")
    thanks = conversation.ask("thanks")
    assert thanks.intent == "thanks" and thanks.text.startswith("You're welcome. ")
    said_again = thanks.text.removeprefix("You're welcome. ")
    assert "\n" not in thanks.text and said_again.startswith(lead_of(reply)), thanks.text
    assert reply.text.startswith(said_again), (reply.text, thanks.text)


@pytest.mark.parametrize("later", [
    "Right. Which brand of magnesium is best then?",
    "best b12 brand on amazon?",
    "whats the weather like tomorrow",
])
def test_what_we_cannot_answer_after_a_sign_still_comes_after_its_care(
        bot: Assistant, later: str) -> None:
    conversation = bot.conversation()
    conversation.ask("Which foods have the most magnesium? Trying to sort out my twitchy calves")
    conversation.ask("oh and my left foot's been going numb on and off since Tuesday")
    reply = conversation.ask(later)
    assert reply.intent is None, reply.text
    assert reply.text.startswith("Twitching with numbness") \
        and "outside what I can answer" in reply.text, reply.text


@pytest.mark.parametrize("asker_again", ["and for me, what foods have magnesium",
                                         "what about my own eye, should i take magnesium"])
def test_the_askers_red_flag_does_not_lead_someone_elses_twitch(
        bot: Assistant, asker_again: str) -> None:
    conversation = bot.conversation()
    conversation.ask("Twitching Under My Eye For Three Weeks Now")
    for question in ("my flatmate's calf twitched after his 10k this morning, should he worry",
                     "what should he drink after runs"):
        reply = conversation.ask(question)
        assert reply.intent == "trigger" and "2 weeks" not in reply.text, reply.text
    # back to the asker's own: their care advice leads again
    assert conversation.ask(asker_again).text.startswith("A twitch that lasts"), asker_again


@pytest.mark.parametrize("then, lead", [
    # asking what to do names nothing of the asker's own: it asks about the one with the flag
    ("what do i do", "Twitching where the affected area feels weak"),
    ("what should i do now", "Twitching where the affected area feels weak"),
    # the asker's own question about themselves is theirs
    ("and for me, i'm 40, how much magnesium", "The recommended daily amount"),
])
def test_what_to_do_after_someone_elses_red_flag_is_asked_of_them(
        bot: Assistant, then: str, lead: str) -> None:
    conversation = bot.conversation()
    conversation.ask("my mum's 74 and her hand has gone weak and her arm twitches all evening")
    reply = conversation.ask(then)
    assert reply.text.startswith(lead), reply.text


@pytest.mark.parametrize(("later", "lead"), [
    ("well... more like five weeks if I'm honest", "A twitch that lasts more than 2 weeks"),
    ("hmm, closer to two months really", "A twitch that lasts more than 2 weeks"),
    ("to be fair it's more like three weeks", "A twitch that lasts more than 2 weeks"),
    ("if I'm being honest, about a month", "A twitch that lasts more than 2 weeks"),
    # a span within two weeks owned up to is no two-week sign
    ("if i'm honest more like 3 days", "If twitching is persistent"),
])
def test_how_long_owned_up_to_in_a_later_turn_is_measured(bot: Assistant, later: str,
                                                          lead: str) -> None:
    conversation = bot.conversation()
    conversation.ask("twitching foot for a few days, what causes that")
    reply = conversation.ask(later)
    assert reply.text.startswith(lead), reply.text


def test_how_long_a_twitch_has_lasted_told_in_pidgin_in_a_conversation(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("wetin dey cause muscle twitch?")
    reply = conversation.ask("my own don pass three weeks o, e never stop")
    assert reply.text.startswith("A twitch that lasts more than 2 weeks"), reply.text


@pytest.mark.parametrize("question", ["foods with b12 that arent meat",
                                      "b12 foods other than meat"])
def test_meat_ruled_out_rules_out_poultry_too(bot: Assistant, question: str) -> None:
    assert_mentions(bot.ask(question), ["fish", "eggs"], ["poultry"])


def test_a_worry_alone_does_not_follow_the_conversation(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("my eyelid twitches, should i be worried")
    assert "doctor" not in conversation.ask("what foods have magnesium").text


def test_a_diet_kept_for_years_is_not_how_long_the_twitch_has_lasted(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("what foods have magnesium")
    assert "2 weeks" not in conversation.ask("ive been vegan for 3 years").text


def test_a_story_of_a_twitch_is_not_ruled_out_by_a_thing_in_its_background(
        bot: Assistant) -> None:
    reply = bot.ask("Dad's seventy and fit. Yesterday he climbed Snowdon and after coming down "
                    "his calf twitched on and off while he sat in the car. What causes that?")
    assert reply.intent is not None, reply.text
    assert bot.ask("my laptop screen keeps twitching, how do i fix it").intent is None


@pytest.mark.parametrize("question", [
    "quad twitching post leg day, normal? did heavy squats",   # the asker's, told as a title
    "why would a cyclist get a twitchy calf after a long climb",  # anyone's
    "hamstring twitching whenever i sit down after deadlifts",
    # a subject from elsewhere beside a factor of ours and a twitch
    "Long Run Twitches: Salt Tabs Or Electrolyte Drink?",
])
def test_a_twitch_of_a_body_part_is_ours_whoever_it_is(bot: Assistant, question: str) -> None:
    assert bot.ask(question).intent is not None, question


@pytest.mark.parametrize("question, facts", [
    # the factor that eases a trigger answers how to ease it
    ("my eyelid keeps flickering. I know it's stress but I'm rubbish at relaxing. What are good "
     "ways to bring stress down?", ["meditation"]),
    # people named by their sport are the exercise trigger
    ("Why Do Rowers Get Cramp?", ["sweat"]),
    ("why do footballers get cramp", ["sweat"]),
    # coffee by its brand or its making
    ("I drink Nescafe three times a day and my eyelid twitches, why?", ["overstimulate"]),
    # two triggers asked about, both answered
    ("been nervous and wound up at the new job and drinking loads of coffee, which is it, the "
     "coffee or the stress?", ["caffeine", "stress"]),
])
def test_triggers_and_what_eases_them(bot: Assistant, question: str, facts: list[str]) -> None:
    assert_mentions(bot.ask(question), facts)


def test_an_everyday_trigger_alone_does_not_carry_a_conversation(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("my calves twitch after long runs, why")
    assert conversation.ask("what pace gets me round a half marathon in 2 hours").intent is None


@pytest.mark.parametrize("turns", CARRIED_ON, ids=[turns[-1][0] for turns in CARRIED_ON])
def test_a_follow_up_carries_the_subject_on(bot: Assistant,
                                            turns: list[tuple[str, list[str], list[str]]]
                                            ) -> None:
    conversation = bot.conversation()
    for question, required, forbidden in turns:
        assert_mentions(conversation.ask(question), required, forbidden)


@pytest.mark.parametrize("question", [
    "what foods help with twitching",
    "Foods That Help Muscle Cramps And Twitches?",
    "my eye keeps jumping, what should i eat",
])
def test_which_foods_help_names_foods_for_each_nutrient(bot: Assistant, question: str) -> None:
    assert_mentions(bot.ask(question), ["magnesium (spinach", "bananas", "fatty fish"])


NIGHT_CAUSES = [
    # why a twitch comes at a time that is also a factor: the causes, then that advice
    "why do my legs twitch at night",
    "Why Do My Calves Twitch In Bed?",
    "why does my eye twitch when im falling asleep",
]


@pytest.mark.parametrize("question", NIGHT_CAUSES)
def test_why_at_night_gives_causes_and_the_advice(bot: Assistant, question: str) -> None:
    assert_mentions(bot.ask(question), ["stress", "caffeine", "before bed"])


AMONG_THOSE = [
    # each turn: question, facts required, facts forbidden
    [("what foods have magnesium", ["almonds"], []),
     ("which of those also have calcium", ["Of those, kale is also listed", "calcium"],
      ["tofu", "sardines", "almonds"])],
    [("what has potassium", ["bananas"], []),
     ("which of those also have vitamin d", ["None of those foods", "vitamin D"],
      ["mackerel"])],
    [("calcium without dairy", ["tofu"], []),
     ("do any of them have magnesium as well", ["kale"], ["almonds", "cheese"]),
     ("and which of them have b12 too", ["None of those"], ["fortified cereals"])],
    [("what foods are high in calcium", ["tofu"], []),
     ("any of those with b12", ["milk", "sardines", "salmon"], ["tofu", "fortified cereals"])],
    [("foods with both magnesium and potassium", ["spinach"], []),
     ("which of these also have calcium", ["None of those foods"], ["kale", "tofu"])],
]


@pytest.mark.parametrize("turns", AMONG_THOSE, ids=[t[0][0] for t in AMONG_THOSE])
def test_which_of_those_narrows_the_last_food_list(
        bot: Assistant, turns: list[tuple[str, list[str], list[str]]]) -> None:
    conversation = bot.conversation()
    for question, required, forbidden in turns:
        assert_mentions(conversation.ask(question), required, forbidden)


DIET_RISKS = [
    # question, nutrients named as cut, facts forbidden
    ("I'm vegan, could I be low in something", ["vitamin B12 (only fortified cereals left)",
                                                "calcium", "vitamin D"], ["athletes"]),
    ("im vegan, am i at risk of low b12", ["vitamin B12, only fortified cereals are left"],
     ["calcium"]),
    ("I don't eat dairy, could i be low in something", ["calcium", "vitamin D"],
     ["athletes", "vitamin B12 (only"]),
    ("lactose intolerant - what am i likely to be low in", ["calcium"], ["athletes"]),
    ("im on keto could i be missing anything", ["potassium (only spinach and avocados left)"],
     ["athletes"]),
    ("I don't eat fish or meat, could I be low in something", ["vitamin B12", "vitamin D"],
     ["athletes"]),
    ("vegetarian here, what nutrients might i be missing", ["vitamin B12"], ["athletes"]),
    ("gluten free, what could i be low in", ["magnesium"], ["athletes"]),
]


@pytest.mark.parametrize(("question", "required", "forbidden"), DIET_RISKS,
                         ids=[row[0] for row in DIET_RISKS])
def test_a_diet_gets_the_nutrients_it_puts_at_risk(bot: Assistant, question: str,
                                                   required: list[str],
                                                   forbidden: list[str]) -> None:
    reply = bot.ask(question)
    assert_mentions(reply, [*required, "healthcare provider"], forbidden)
    assert reply.sources and words_of(reply.text) <= 150


def test_a_diet_said_earlier_counts_for_could_i_be_low(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("im vegan")
    assert "vitamin B12" in conversation.ask("could i be low in something").text


PRODUCTS = [
    # question, facts required besides the note
    ("is magnesium glycinate better than citrate", ["350 mg"]),
    ("what about Nature Made magnesium", ["350 mg"]),
    ("is methylcobalamin better than cyanocobalamin", ["B12"]),
    ("are magnesium gummies any good", ["magnesium"]),
    ("which form of magnesium is best for twitching", ["magnesium"]),
    ("solgar or centrum for vit d?", ["vitamin D"]),
]


@pytest.mark.parametrize(("question", "required"), PRODUCTS, ids=[row[0] for row in PRODUCTS])
def test_a_supplement_form_or_brand_is_said_to_be_outside_the_sources(
        bot: Assistant, question: str, required: list[str]) -> None:
    reply = bot.ask(question)
    assert reply.text.startswith("My sources don't cover particular supplement forms or brands")
    assert_mentions(reply, required, ["- Magnesium:"])
    assert reply.reminder and reply.text.endswith(reply.reminder)


def test_a_form_in_the_background_is_no_question_about_forms(bot: Assistant) -> None:
    reply = bot.ask("been taking 500mg magnesium glycinate every night, is that too much?")
    assert reply.text.startswith("500 mg of magnesium a day is above the upper limit")


@pytest.mark.parametrize("question", [
    "what's the difference between a twitch and a cramp",
    "twitch vs spasm?",
    "how do u tell a tremor from a twich",
    "is a cramp different from a twitch",
    "cramp vs twitch, whats the difference?",
])
def test_a_question_the_sources_cannot_answer_says_so(bot: Assistant, question: str) -> None:
    reply = bot.ask(question)
    assert "My sources don't say how a twitch differs from a cramp" in reply.text, reply.text
    assert "Best sources" not in reply.text  # not the nearest table
    assert any(word in reply.text.lower() for word in CARE_WORDS)


@pytest.mark.parametrize("question", [
    # terse, misspelled and second-language shapes of the red flags
    "afraid of ms, pls advise",  # a fear with no subject is the asker's
    "new tablet last week and twitching since",  # a medicine as one tablet
    "keeps falling and his legs twitch",  # falls that repeat
    "mums face twitching one side, she cant smile properly",  # a face that will not move
    "pins n needle in my foot plus twitching",
    "twitching in many place at once",
    "eye jumping and vision blur",
    "twitch in my thigh from long time",
    "calf twitch since some weeks",
    "her twitches moving all over her body",
    "dad tripped on the stairs again and his calf keeps twitching",  # a fall on the stairs
    "eyelid twitching and my ear keeps ringing",  # another symptom, said of a body part
])
def test_red_flags_in_terse_and_second_language_shapes(bot: Assistant, question: str) -> None:
    reply = bot.ask(question)
    assert reply.intent == "seek_care", (question, reply.text)
    assert reply.entities.get("sign"), reply  # read as a sign, not matched as a care question


@pytest.mark.parametrize("question", [
    "how do i watch films on my tablet",  # a device, not a medicine
    "is the ice bucket challenge for als still going",  # no fear, no twitch
    "some days my eye twitches after coffee, why",  # "some days" is how often
])
def test_the_same_words_without_a_red_flag(bot: Assistant, question: str) -> None:
    assert bot.ask(question).intent != "seek_care", question


@pytest.mark.parametrize("follow_up", [
    "what else can i do apart from cutting out the coffee",
    "anything else i can do besides less caffeine",
])
def test_what_is_ruled_out_is_not_answered_again(bot: Assistant, follow_up: str) -> None:
    conversation = bot.conversation()
    conversation.ask("my eyelid twitches, is coffee the cause")
    reply = conversation.ask(follow_up)
    assert reply.intent != "trigger", reply.text
    assert not reply.text.startswith("Excessive caffeine"), reply.text


def test_a_worry_alone_after_an_answer_gets_the_care_answer(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("my wife's eyelid has twitched for 3 days, she's barely sleeping")
    reply = conversation.ask("is that bad")
    assert reply.intent == "seek_care" and "rarely a sign of anything serious" in reply.text
    # ... but a stated number is judged, not worried over
    conversation = bot.conversation()
    conversation.ask("whats the upper limit for vitamin d")
    assert "4,000" in conversation.ask("i take 5000 a day, is that bad").text


def test_someone_elses_red_flag_leads_their_questions_not_the_askers(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("how much magnesium a day, im 29 f")
    assert conversation.ask(
        "my husband's calf has been twitching for 6 weeks").intent == "seek_care"
    worry = conversation.ask("is that bad")
    assert worry.intent == "seek_care" and "magnesium" not in worry.text.lower()
    own = conversation.ask("im vegan, what foods have b12")
    assert "fortified" in own.text and "2 weeks" not in own.text, own.text
    theirs = conversation.ask("what should he eat then")
    assert theirs.text.startswith("A twitch that lasts more than 2 weeks"), theirs.text
    assert conversation.ask("thanks i'll tell him").intent == "thanks"


@pytest.mark.parametrize("first, later, fact", [
    # an age said with the verb of reaching it
    ("how much calcium do i need, im 45 f", "and when i turn 51?", "1,200"),
    ("how much calcium do i need, im 45 f", "what about once i hit 51", "1,200"),
])
def test_an_age_to_come_asks_the_last_question_again(bot: Assistant, first: str,
                                                      later: str, fact: str) -> None:
    conversation = bot.conversation()
    conversation.ask(first)
    reply = conversation.ask(later)
    assert reply.intent == "nutrient_intake" and fact in reply.text, reply.text


def test_a_possessive_standing_for_the_twitch_tells_its_span(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("my eyelid twitches when i drink too much coffee")
    reply = conversation.ask("my wife's does too but hers has been going for a month")
    assert reply.intent == "seek_care", reply.text
    # ... while a state said after the twitch keeps its own span
    assert bot.ask("my eye twitches and ive been vegan for 3 years, which foods have "
                   "b12").intent == "nutrient_foods_without"


@pytest.mark.parametrize("question", ["Spinach Lasagne For 6 People",
                                      "banana muffins without eggs",
                                      "spinach and ricotta pie, serves 4"])
def test_a_recipe_headline_is_out_of_scope(bot: Assistant, question: str) -> None:
    assert bot.ask(question).intent is None


def test_a_turn_that_only_tells_after_a_red_flag_gets_the_care_answer(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("scared its als, my arm keeps twitching")
    reply = conversation.ask("no weakness, just twitching since monday")
    assert reply.intent == "seek_care", reply.text
    # ... while a question after it is answered after the care advice
    assert conversation.ask("which foods have it").intent == "helpful_foods"


@pytest.mark.parametrize("question", [
    "twitching for 6 weeks, magnesium not helping",  # the lead, then magnesium's answer
    "Calcium needs after menopause? I'm 58.",  # no sign: the menopause says who it is for
])
def test_a_nutrient_question_with_a_story_is_still_answered(bot: Assistant,
                                                           question: str) -> None:
    reply = bot.ask(question)
    assert reply.intent is not None and reply.intent.startswith("nutrient_"), reply.text


@pytest.mark.parametrize(("question", "intent", "facts"), [
    # the menopause said as a time beside a nutrient: an amount for that age
    ("Calcium needs after menopause? I'm 58.", "nutrient_intake", ["1,200 mg"]),
    ("how much calcium do i need after the menopause", "nutrient_intake", ["1,200 mg"]),
    # "why won't it stop" asks for causes, not relief
    ("why won't my eye stop twitching", "causes", ["stress"]),
    ("Why I can't stop twitching", "causes", ["stress"]),
    # the asker says they twitch, so a subject from elsewhere beside it does not reject it
    ("my periods are irregular and i keep twitching", "causes", ["stress"]),
    # a food group's answer names its members
    ("Which nuts are best for twitchy muscles?", "food_nutrients", ["almonds", "cashews"]),
    # nicotine by its products and brands
    ("I chew a lot of nicorette, can that cause twitching", "trigger", ["nicotine"]),
    ("zyn pouches and eye twitching", "trigger", ["nicotine"]),
    # a drink by its nickname, a strain in everyday words
    ("three jagerbombs on saturday and my eyelid hasn't stopped since", "trigger", ["alcohol"]),
    ("work is crazy this month and my thumb twitches", "trigger", ["stress"]),
])
def test_real_askers_wordings_reach_their_answer(bot: Assistant, question: str, intent: str,
                                                 facts: list[str]) -> None:
    reply = bot.ask(question)
    assert reply.intent == intent, (reply.candidates[:3], reply.text)
    assert_mentions(reply, facts, [])


@pytest.mark.parametrize("question", [
    "my periods are irregular and what helps with them",  # no twitch of the asker's
    "my cursor keeps twitching on my laptop screen how do i fix it",
    "How do I train fast twitch muscle fibres for sprinting? 100m.",
    "does vitamin d help with perimenopause",  # the menopause asked about, not a time
    "cheapest magnesium tablets uk",  # a price of what is bought
    "cheapest magnesium glycinate uk",
])
def test_words_near_ours_are_still_out_of_scope(bot: Assistant, question: str) -> None:
    assert bot.ask(question).intent is None


@pytest.mark.parametrize("question", [
    "Twitchy Hamster, Normal??",  # a twitch word just before the animal
    "lol my dog's paw does it in his sleep too, is he deficient in something",
    "Chickens twitching their heads constantly",
    # the asker's words, but the animal's twitch
    "my dog's leg twitches, I'm worried, what should I do?",
    "What about my cat? Her back keeps rippling when I stroke her.",
])
def test_an_animal_as_the_subject_is_declined(bot: Assistant, question: str) -> None:
    reply = bot.ask(question)
    assert reply.intent is None and "vet" in reply.text, reply.text


@pytest.mark.parametrize("question", [
    # an animal named in passing, in another clause than its verb, is not the subject
    "Writing for my mother, who is 66. Her eyelid has twitched for a month. She walks the "
    "dog every day, eats plenty of veg. How much magnesium should she take?",
    # a relation's age said with a possessive makes the relation an adult
    "Mum's 74 and her thigh jumps in the evenings. She eats like a bird. What vitamin "
    "should she be taking?",
    # a child or an animal only as a likeness
    "by bedtime my legs are weak as a kitten and they twitch",
    "i sleep like a baby but my eyelid still jumps, why",
    "been sick as a dog with flu and now my calf twitches, what helps",
    # a due date of something other than a baby
    "my eyelid has twitched for a few days, I'm due an eye test, what helps?",
    # a child named only as when something began
    "husband sleeps 5 hours a night since the baby came and gets twitchy calves, why",
    # a verb that looks like an inflected animal or child
    "been pigging out on crisps all week and my eyelid twitches, what should i eat",
    "hounded by deadlines and my eye keeps twitching, what causes it",
    "is she kidding herself that dark chocolate has magnesium",
    # a grown-up's twitch, and the dog they walk
    "My sister has twitching in her calves at night. She walks the dog every day. Could it "
    "be low potassium?",
    "My flatmate (41, M) has been stressed for weeks, every flicker in his arm scares him. He "
    "still walks the dog fine. What can he do about the stress?",
    # a pet's twitch told beside the asker's own, told apart and asked about for themselves
    "Our cat twitches in her sleep. I've noticed my right calf twitching at night too. What "
    "can I do before bed?",
    "my horse twitches. my eyelid twitches too. what can I do",
])
def test_an_animal_in_passing_is_not_declined(bot: Assistant, question: str) -> None:
    reply = bot.ask(question)
    assert reply.intent is not None and "vet" not in reply.text, reply.text


@pytest.mark.parametrize("question", [
    "my eye twitch keeps coming back",  # 'back' after 'coming' is no body part
    "the twitch in my eyelid is back",
])
def test_back_as_an_adverb_is_no_second_place(bot: Assistant, question: str) -> None:
    assert "more than one place" not in bot.ask(question).text


FEARED_FOR_WEEKS = ("been twitching in my calf for five weeks, terrified it's ALS, neuro "
                    "appointment is ages away")


@pytest.mark.parametrize(("later", "intent", "facts"), [
    # after the care advice alone, a turn that asks what to do and names nothing: what helps
    ("realistically what can i do in the meantime? is there anything that helps?",
     "relief", ["sleep", "caffeine"]),
    ("ok but how do i cope till then", "relief", ["stress", "stretch"]),
    # ... but a turn that names its subject asks about that, and thanks are thanks
    ("is there anything in food that helps while i wait?", "helpful_foods", ["magnesium"]),
    ("what helps with the stress of waiting", "trigger", ["meditation"]),
    ("thanks, that helps", "thanks", []),
])
def test_what_to_do_meanwhile_after_the_care_advice(bot: Assistant, later: str, intent: str,
                                                    facts: list[str]) -> None:
    conversation = bot.conversation()
    assert conversation.ask(FEARED_FOR_WEEKS).intent == "seek_care"
    reply = conversation.ask(later)
    assert reply.intent == intent, reply.text
    assert_mentions(reply, facts, [])


@pytest.mark.parametrize(("turns", "lead"), [
    # twitching in more than one place is kept in mind like the other signs
    (["why do my calves twitch after a long run",
      "its not just calves now tbh, my shoulders and stomach do it too",
      "would a massage help in the meantime"], "more than one place"),
    # another symptom told is kept too
    (["eye twitch wont quit, is it tiredness",
      "also my vision's gone a bit blurry in that eye since yesterday",
      "is that just from being tired too?"], "other symptoms"),
    # a second place told in a later turn, and a span corrected
    (["I've had a twitch in my right thigh since yesterday, what causes that?",
      "Now it's in my left arm as well"], "more than one place"),
    (["my eye's been twitching since monday, just the bottom lid. normal?",
      "well, the corner of my mouth on that side twitches too sometimes"], "more than one place"),
    (["Twitching Under Left Eye For 3 Days", "sorry, typo, I meant 3 weeks not 3 days"],
     "2 weeks"),
    # a span told alone, hedged
    (["Calf Twitching, Why?", "maybe 3 weeks? im fine otherwise"], "2 weeks"),
    # a span told alone, with text-speak after it
    (["Calf Twitch Won't Quit - Why?", "been about six weeks now tbh"], "2 weeks"),
    (["my thumb keeps twitching, why", "its been a month now lol"], "2 weeks"),
    (["is it bad if your muscles twitch all the time",
      "i mean my husband, his have been going for about three weeks"], "2 weeks"),
    # a question asked back still comes after the care advice
    (["my boyfriend's thigh keeps twitching, is that a potassium thing?",
      "he also says his foot goes numb and tingly sometimes, is that related",
      "he wont go to the doctor tho lol. anything he can eat"], "numbness"),
    # a fall told with an emphatic "did", then a question about food
    (["my grandad's legs twitch in bed, he's 83", "he did have a fall in the garden in May",
      "what should he be eating for his muscles"], "other symptoms"),
    # someone else's sign told in a later turn, with no twitch named in it, is still theirs
    (["my grandad's legs twitch in bed, he's 83", "his legs feel weak too",
      "what should he be eating for his muscles"], "weak"),
])
def test_a_sign_told_earlier_leads_every_later_answer(bot: Assistant, turns: list[str],
                                                      lead: str) -> None:
    reply = last_reply(bot, turns)
    assert lead in reply.text.split(". ")[0], reply.text


@pytest.mark.parametrize(("turns", "intent", "fact"), [
    # someone new with an age, and a twitch of their own, is a story of its own; "and for"
    # the same one asks the last question for them
    (["what has potassium", "my dad is 70, his legs twitch"], "causes", "stress"),
    (["what has potassium", "and for my dad, he's 70"], "nutrient_intake", "3,400 mg"),
    # a correction repeats the last question for what it names
    (["my mum is 66, how much magnesium should she be getting",
      "no wait i meant potassium sorry"], "nutrient_intake", "2,600 mg"),
    # after the foods that help twitching, a nutrient named asks for its foods
    (["what foods are good for muscle twitching", "what about potassium"],
     "nutrient_foods", "bananas"),
    (["what foods are good for muscle twitching", "no i meant potassium specifically"],
     "nutrient_foods", "bananas"),
    # a pregnancy set aside no longer declines the adult question after it
    (["im pregnant, how much calcium do i need",
      "ok forget the pregnancy bit. in general how much calcium does a 29 year old woman need"],
     "nutrient_intake", "1,000 mg"),
])
def test_corrections_and_narrowing_follow_ups(bot: Assistant, turns: list[str], intent: str,
                                              fact: str) -> None:
    reply = last_reply(bot, turns)
    assert reply.intent == intent and fact in reply.text, reply.text


@pytest.mark.parametrize(("turns", "audience_word"), [
    # a turn about the same teenager, by a pronoun, is declined again
    (["my 15yo daughter has a twitchy eyelid", "shes stressed w gcses"], "children"),
    # a child named as the subject of what they do
    (["gym every day n my quads twitch after leg day", "my teen son lifts too, same for him?"],
     "children"),
])
def test_a_child_under_discussion_stays_declined(bot: Assistant, turns: list[str],
                                                 audience_word: str) -> None:
    reply = last_reply(bot, turns)
    assert reply.intent is None and audience_word in reply.text, reply.text


def test_someone_who_says_things_after_a_declined_animal_is_a_person(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("my flatmate's eyelid twitches from deadlines, anything that helps?")
    assert conversation.ask("his hamster twitches its whiskers all day too, normal?").intent \
        is None
    reply = conversation.ask("he also said his lip and his hand have started going now")
    assert reply.intent == "seek_care" and "vet" not in reply.text, reply.text


def test_the_asker_after_a_declined_child_is_answered(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("my 15yo daughter has a twitchy eyelid")
    assert conversation.ask("ok but just in general, what foods have calcium in them?").intent
    conversation.ask("my 15yo daughter has a twitchy eyelid")
    assert conversation.ask("what about me, im 45 and my calf twitches").intent


def test_a_sign_told_alone_in_a_conversation_is_the_twitchs(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("thumb twitches on and off the last 3 days, normal?")
    assert conversation.ask("also numb").text.startswith("Twitching with numbness")


@pytest.mark.parametrize(("question", "lead", "facts"), [
    # whether a nutrient explains a strong sign: the care advice, then what the sources say
    ("Twitching and Numb Toes - Low B12?", "Twitching with numbness", ["B12", "tingling"]),
    ("could my twitches be MS? potassium low?", "I can't tell what is causing",
     ["clinician", "potassium"]),
    ("pins and needles in my toes and twitching calves. Which vitamin would cause that, "
     "should I just start taking B12?", "Twitching with numbness", ["B12"]),
    # "a <nutrient> thing" asks whether it is the cause, as "low b12?" does
    ("keep fumbling my keys and my fingers flicker, is this a magnesium thing",
     "Twitching where the affected area feels weak", ["Low magnesium", "spasms"]),
    ("tingly toes n twitchy calves, a b12 issue?", "Twitching with numbness", ["B12"]),
    # ... or a nutrient the story blames, whose blame is asked about
    ("never taken a supplement, toes prickly and calves twitch in bed. My friend says it's "
     "definitely B12. Is she right, or should I get checked first?", "Twitching with numbness",
     ["B12", "tingling"]),
    ("my arm feels weak and twitches, my wife thinks it must be my magnesium, what do you "
     "think", "Twitching where the affected area feels weak", ["Low magnesium"]),
    # a medicine the only sign: its advice leads, then what the sources say
    ("Lansoprazole For Years, Calves Twitching - Low Magnesium?",
     "If you think a prescribed medicine", ["do not stop", "Low magnesium"]),
    # nothing after it when the sign is urgent, or a medicine is suspected beside
    # another strong sign
    ("my face went numb suddenly, low b12?", "Sudden weakness", []),
    ("since the GP started her on furosemide her legs are weak and twitchy, is it low "
     "potassium?", "Twitching where the affected area feels weak", []),
])
def test_a_cause_asked_beside_a_strong_sign_follows_the_care_advice(
        bot: Assistant, question: str, lead: str, facts: list[str]) -> None:
    reply = bot.ask(question)
    assert reply.text.startswith(lead), reply.text
    assert_mentions(reply, facts, [])
    if not facts:
        assert reply.intent == "seek_care"


@pytest.mark.parametrize(("question", "facts"), [
    # what to eat, how much, what a nutrient does: answered after the medicine's advice,
    # whatever softer signs come with it (more than one place, a long span)
    ("On bendroflumethiazide for my blood pressure and my calves keep flickering. "
     "What foods help?", ["bananas", "almonds"]),
    ("been on prednisolone since the spring, my thighs and back twitch. how much "
     "calcium do I need at 45", ["1,000 mg"]),
    ("started sertraline last month and my eyelid jumps, what foods have magnesium",
     ["pumpkin seeds"]),
    # a trigger asked about that is not the medicine
    ("on Elvanse and five energy drinks a day, my calf twitches. is it the caffeine?",
     ["caffeine"]),
    ("on atorvastatin since summer and my calves flutter. could the statin be causing "
     "it? would magnesium help?", ["muscle relaxation"]),
    ("my inhaler dose got doubled and my arm twitches, what does potassium do",
     ["nerve"]),
    # the medicine told in a headline draws the matcher to it as the trigger; the
    # nutrient is what is asked
    ("Years On Omeprazole, Twitching - How Much Magnesium?", ["320 mg"]),
    ("lasix and twitching, potassium for a woman?", ["2,600 mg"]),
    ("Puffing the blue inhaler all week, shaky hands, arms twitching. Is it potassium? "
     "Which foods have it?", ["sweet potatoes"]),
])
def test_a_question_beside_a_suspected_medicine_is_answered_after_its_advice(
        bot: Assistant, question: str, facts: list[str]) -> None:
    """A medicine the only strong sign: its advice (not to stop it alone) leads, then
    the question asked, within the length an answer keeps to."""
    reply = bot.ask(question)
    assert reply.text.startswith("If you think a prescribed medicine"), reply.text
    assert_mentions(reply, ["do not stop", *facts], [])
    assert words_of(reply.text) <= 150


@pytest.mark.parametrize(("question", "lead", "facts"), [
    # what a nutrient does, its foods or how much: the care advice leads, with when to
    # see a doctor in general, then what the sources say
    ("my leg has given way on the stairs twice and it twitches. how much potassium does "
     "a 58 year old man need?", "Twitching where the affected area feels weak",
     ["In general, see a doctor", "3,400 mg"]),
    ("tingly fingers and a twitchy thumb, b12 foods?", "Twitching with numbness",
     ["In general, see a doctor", "fortified"]),
    ("scared it's MS, my foot twitches. what does magnesium do?", "I can't tell what is causing",
     ["In general, see a doctor", "muscle relaxation"]),
    ("Is it Parkinsons? Thumb twitches at rest. Taking 200mg magnesium glycinate, should I "
     "go higher", "I can't tell what is causing", ["In general, see a doctor", "350 mg"]),
    # a suspected medicine beside it: its own advice, not to stop it alone, comes second
    ("on metformin two years, my lips tingle and my eyelid twitches. how much b12 do i "
     "need a day", "Twitching with numbness", ["do not stop a prescribed medicine", "2.4 mcg"]),
])
def test_a_nutrition_question_beside_a_strong_sign_follows_the_care_advice(
        bot: Assistant, question: str, lead: str, facts: list[str]) -> None:
    reply = bot.ask(question)
    assert reply.text.startswith(lead), reply.text
    assert_mentions(reply, facts, [])
    assert words_of(reply.text) <= 150


FEAR_LEAD = "I can't tell what is causing your twitching"


@pytest.mark.parametrize(("question", "facts"), [
    # a fear told settled, by a denial or a test, in a clause of its own: the care advice
    # leads, then what is asked
    ("I know it's not ALS because my EMG last month was totally clear, but what actually "
     "helps the twitching calm down?", ["stretch"]),
    ("My neuro ruled out MS with an MRI. So what else causes twitching like this?",
     ["caffeine"]),
    ("GP Says Not ALS. What Else Causes Twitching?", ["dehydration"]),
    ("two neurologists, EMG normal, diagnosis BFS, I believe them now, I'm done obsessing "
     "over ALS. what foods have magnesium?", ["almonds"]),
    ("MS has been excluded. Why do I twitch after coffee?", ["overstimulate"]),
    # ... however loosely what is asked matches, the fear set aside
    ("I know an eyelid twitch on its own is basically never MS. I drink two energy drinks a "
     "shift and sleep badly. I'm asking what I can realistically change to make it stop.",
     ["caffeine"]),
    # ... with only its own sentence where when to see a doctor in general would not fit
    ("GP says it's not MS. how much magnesium and calcium does a 40 year old woman need?",
     ["320 mg", "1,000 mg"]),
])
def test_a_fear_told_settled_leads_with_care_then_answers(bot: Assistant, question: str,
                                                          facts: list[str]) -> None:
    reply = bot.ask(question)
    assert reply.text.startswith(FEAR_LEAD), reply.text
    assert_mentions(reply, facts, [])
    assert words_of(reply.text) <= 150


@pytest.mark.parametrize("question", [
    # the twins: the fear is what is asked, or kept open, or lives in the clause that asks
    "Could it be ALS? What helps the twitching calm down?",
    "I'm not sure it's not ALS. What helps the twitching calm down?",
    "They haven't ruled out MS yet. What helps the twitching calm down?",
    "I'm scared it's ALS. What helps the twitching calm down?",
    "ALS or anxiety, what causes twitching?",
    "I can't stop thinking about MND since my calf started. What causes twitching?",
    "Neurologist ruled out ALS. Could he be wrong?",
])
def test_a_fear_open_or_asked_gets_the_care_answer_alone(bot: Assistant, question: str) -> None:
    reply = bot.ask(question)
    assert reply.intent == "seek_care", reply.text
    assert reply.text.startswith(FEAR_LEAD), reply.text
    assert "In general, see a doctor (GP)" in reply.text


@pytest.mark.parametrize(("question", "lead", "fact"), [
    # a kind of nutrient asked as what causes the red flag told, or is lacking: the ones of
    # that kind whose deficiency shows it, after the care advice
    ("Which Vitamin Deficiency Causes Twitching And Numb Toes?", "Twitching with numbness",
     "B vitamins can cause twitching, tingling, and numbness"),
    ("what vitamin am I low in if my fingers tingle and my thumb twitches",
     "Twitching with numbness", "tingling"),
    ("my legs feel weak and twitch, which mineral deficiency causes that",
     "Twitching where the affected area feels weak", "hypokalemia"),
    # twins: no sign told, or a kind asked for as what helps: no deficiency named for it
    ("which vitamin deficiency causes twitching", "Significant and persistent twitching", ""),
    ("which vitamin helps my numb toes", "Twitching with numbness", ""),
])
def test_a_kind_of_nutrient_asked_as_what_causes_a_red_flag_names_its_lack(
        bot: Assistant, question: str, lead: str, fact: str) -> None:
    reply = bot.ask(question)
    assert reply.text.startswith(lead), reply.text
    assert (fact in reply.text) if fact else ("can cause" not in reply.text), reply.text
    assert words_of(reply.text) <= 150


@pytest.mark.parametrize("question", [
    # treating a red flag oneself is not answered beside it: the care advice alone
    "my grip is going and my hand twitches, should i start taking magnesium?",
    "my legs feel weak and twitch, is it safe to take more vitamin d",
    # nor is anything beside an urgent sign
    "my arm suddenly went weak and it's twitching, how much magnesium do I need",
])
def test_self_treatment_beside_a_strong_sign_gets_the_care_advice_alone(
        bot: Assistant, question: str) -> None:
    assert bot.ask(question).intent == "seek_care"


@pytest.mark.parametrize("question", [
    # the care advice and a long answer do not fit together: the care advice is kept
    "my husband's on a statin, 66, and his calves flutter after walks. would more "
    "magnesium help him, or calcium?",
    # a question about the medicine itself is the medicine's advice
    "is twitching normal on prednisolone",
    "could my new water tablets be why my legs jump?",
    # ... and so is a nutrient asked about as what the medicine does
    "could my water tablets for blood pressure be draining my potassium? my legs twitch",
])
def test_beside_a_suspected_medicine_the_care_advice_alone_answers(
        bot: Assistant, question: str) -> None:
    reply = bot.ask(question)
    assert reply.intent == "seek_care", reply.text
    assert "do not stop a prescribed medicine" in reply.text
    assert words_of(reply.text) <= 150


@pytest.mark.parametrize(("question", "lead", "medicine"), [
    # another sign leads the care answer; the medicine's own advice follows it
    ("Had my blood pressure tablets changed six weeks ago, since then my calves twitch and "
     "my feet feel numb. Could it be the new tablets?", "Twitching with numbness", True),
    ("since the GP upped my sertraline my hand twitches and feels weak, should I go back to "
     "the old dose?", "Twitching where the affected area feels weak", True),
    # ... once, where it leads
    ("on a statin since march and now both calves and my back twitch", "If you think", True),
    ("started an SSRI last month and now my calf jumps", "If you think a prescribed medicine",
     True),
    # twins: the same signs, no medicine
    ("since the new year my calves twitch and my feet feel numb, what is it?",
     "Twitching with numbness", False),
    ("my hand twitches and feels weak since the move, should I rest it?",
     "Twitching where the affected area feels weak", False),
])
def test_a_suspected_medicine_beside_another_sign_still_hears_not_to_stop_it(
        bot: Assistant, question: str, lead: str, medicine: bool) -> None:
    reply = bot.ask(question)
    assert reply.intent == "seek_care" and reply.text.startswith(lead), reply.text
    assert reply.text.count("do not stop a prescribed medicine") == medicine, reply.text
    assert words_of(reply.text) <= 150


@pytest.mark.parametrize("signs", [
    ("medicine", "duration", "weakness"), ("weakness", "medicine"), ("numbness", "medicine"),
    ("duration", "medicine"),
])
def test_a_suspected_medicines_advice_is_said_once_whichever_sign_leads(
        bot: Assistant, signs: tuple[str, ...]) -> None:
    """Before an answer and in the care answer alike, not to stop the medicine alone is
    said once: after the sign that leads, or as the lead."""
    scene = answers.Scene(bot.knowledge, signs=signs)
    for lead in (answers.strong_care_lead(scene), answers.FIELDS["care"]["lead"](scene)):
        assert lead is not None and lead.text.count("do not stop a prescribed medicine") == 1


@pytest.mark.parametrize(("question", "intent"), [
    ("my sister had the twitching thing on zoloft years ago. im on nothing but my thumb "
     "twitched twice today, is that normal", "about_twitching"),
    ("my brother was on prozac for a while in his twenties. my eyelid has twitched since "
     "yesterday, what causes that?", "causes"),
    ("I came off sertraline years ago. my calf twitches on and off, which foods help?",
     "helpful_foods"),
])
def test_a_medicine_the_story_tells_that_is_no_sign_is_not_what_is_asked(
        bot: Assistant, question: str, intent: str) -> None:
    reply = bot.ask(question)
    assert reply.intent == intent, reply.text
    assert "do not stop a prescribed medicine" not in reply.text


@pytest.mark.parametrize("later", [
    "is it a b12 thing? i've been on metformin for years",
    "could it be a B12 problem, I take metformin",
])
def test_a_nutrient_asked_as_the_cause_beside_a_medicine_follows_its_advice(
        bot: Assistant, later: str) -> None:
    """After a red flag, a medicine told with a nutrient asked about as the cause: the
    medicine's advice leads (not to stop it alone), then what the sources say of the
    nutrient; a different subject named with it would not be answered."""
    conversation = bot.conversation()
    conversation.ask("my toes keep going numb and my foot twitches, should i worry?")
    reply = conversation.ask(later)
    assert reply.text.startswith("If you think a prescribed medicine"), reply.text
    assert_mentions(reply, ["do not stop", "B12", "tingling"], [])


@pytest.mark.parametrize(("question", "facts", "not_said"), [
    # a kind of nutrient asked for beside one named: the partner the sources pair it with
    ("Which vitamin helps you absorb calcium?", ["vitamin D", "absorb"], []),
    ("what vitamins should i take with calcium", ["vitamin D", "absorb"], []),
    ("calcium - which vitamin helps it absorb?", ["vitamin D", "absorb"], []),
    ("what mineral works with calcium", ["magnesium", "relax"], ["vitamin D"]),
    ("which mineral balances magnesium", ["calcium", "contract"], []),
])
def test_a_kind_of_nutrient_asked_for_is_the_named_ones_partner(
        bot: Assistant, question: str, facts: list[str], not_said: list[str]) -> None:
    reply = bot.ask(question)
    assert reply.intent == "nutrient_interaction", reply.text
    assert_mentions(reply, facts, not_said)


@pytest.mark.parametrize(("question", "intent"), [
    # no partner of that kind, or more than one: the question is not about a pair
    ("what nutrient helps calcium", "nutrient_role"),
    ("what vitamin is good for potassium", "nutrient_role"),
    ("which vitamin is in salmon", "food_nutrients"),
    ("what vitamins help twitching besides magnesium", "helpful_nutrients"),
])
def test_a_kind_asked_for_with_no_single_partner_is_asked_as_before(
        bot: Assistant, question: str, intent: str) -> None:
    assert bot.ask(question).intent == intent


@pytest.mark.parametrize(("first", "later", "spread"), [
    # a new place named later in the conversation, with a word of spreading near it
    ("my left eyelid has been twitching on and off for like 4 days",
     "oh and it's been the bottom lip too since yesterday", True),
    ("calf twitching at night, is that normal", "now its in my thigh as well", True),
    ("thumb keeps twitching since monday", "and also my forearm today", True),
    # the same place again, no word of spreading, or someone else's place
    ("my left eyelid keeps twitching", "the eyelid is worse today too", False),
    ("calf twitching at night, is that normal", "would stretching my calf help", False),
    ("my eyelid twitches", "what about my husband, his calf twitches too", False),
    ("my eyelid twitches", "what about my wife's eye, hers twitches too", False),
])
def test_a_place_added_later_in_a_conversation_is_a_twitch_that_spread(
        bot: Assistant, first: str, later: str, spread: bool) -> None:
    conversation = bot.conversation()
    conversation.ask(first)
    reply = conversation.ask(later)
    assert reply.text.startswith("Twitches that happen in more than one place") == spread, \
        reply.text


@pytest.mark.parametrize(("first", "later", "said", "not_said"), [
    # the asker after someone else: the other's sex is not the asker's
    ("my husband is 71, how much calcium does he need", "and what about me, i'm 69",
     ["1,000 mg (men", "1,200 mg (women"], []),
    ("how much calcium for my mum, she's 75", "and for me, im 45", ["1,000 mg"], ["woman"]),
    # the same person still: the sex said before holds
    ("im a woman, how much calcium do i need", "and at 60?", ["woman aged 60", "1,200 mg"], []),
    ("how much potassium should a 35 yo woman have", "sorry, I meant magnesium not potassium",
     ["magnesium for a woman aged 35", "320 mg"], ["3,400"]),
])
def test_the_asker_after_someone_else_is_a_new_person(
        bot: Assistant, first: str, later: str, said: list[str], not_said: list[str]) -> None:
    conversation = bot.conversation()
    conversation.ask(first)
    assert_mentions(conversation.ask(later), said, not_said)


@pytest.mark.parametrize(("later", "intent"), [
    # "mine" points back at the twitch discussed
    ("How come mine happen more when I'm stressed?", "trigger"),
    # to phone the surgery is to call the GP, not a device
    ("thanks, will phone the surgery", "thanks"),
])
def test_follow_ups_in_a_twitch_conversation_are_ours(bot: Assistant, later: str,
                                                     intent: str) -> None:
    conversation = bot.conversation()
    conversation.ask("my eye twitches")
    assert conversation.ask(later).intent == intent


@pytest.mark.parametrize("question", ["how do i fix my phone screen", "my phone keeps dying"])
def test_a_phone_as_a_device_is_still_out_of_scope(bot: Assistant, question: str) -> None:
    assert bot.ask(question).intent is None


@pytest.mark.parametrize(("first", "later", "said"), [
    # an age told after an amount, with nothing else asked: the amount again for that age
    ("how much vitamin d does my mum need, she's 55", "Sorry, she's 75 not 55! I'm hopeless "
     "with ages", ["woman aged 75", "800 IU"]),
    ("how much calcium do I need, I'm a 31 year old woman",
     "and my sister, she's 52 and definitely not a gym person lol", ["aged 52", "1,200 mg"]),
])
def test_an_age_told_after_an_amount_asks_it_again(bot: Assistant, first: str, later: str,
                                                  said: list[str]) -> None:
    conversation = bot.conversation()
    conversation.ask(first)
    reply = conversation.ask(later)
    assert reply.intent == "nutrient_intake"
    assert_mentions(reply, said, [])


@pytest.mark.parametrize(("first", "later", "fact"), [
    # how many hours asks how much sleep, whatever the conversation was about
    ("chin twitching for 4 days, been vaping loads", "how many hours do i actually need",
     "7 to 9 hours"),
    ("twitch under eye 3 days", "how many hrs should i be aiming for", "7 to 9 hours"),
    ("my husband's eyelid twitches, he drinks a lot of coffee",
     "How many hours should he be getting, realistically?", "7 to 9 hours"),
    # night shifts are fatigue
    ("twitch under eye 3 days", "ya been on nights on the ward all week", "Fatigue"),
])
def test_hours_and_night_shifts_are_about_sleep(bot: Assistant, first: str, later: str,
                                               fact: str) -> None:
    conversation = bot.conversation()
    conversation.ask(first)
    assert fact in conversation.ask(later).text


@pytest.mark.parametrize(("question", "intent", "fact"), [
    # snacks are foods; the best foods for a nutrient are its foods
    ("Best Snacks For Twitchy Muscles?", "helpful_foods", "almonds"),
    ("what can i snack on for potassium", "nutrient_foods", "bananas"),
    ("does dark choc have magnesium", "food_nutrients", "Dark chocolate"),
    ("which food is good for calcium", "nutrient_foods", "tofu"),
    ("Best Foods For Potassium After Running", "nutrient_foods", "sweet potatoes"),
])
def test_snacks_and_best_foods_ask_for_foods(bot: Assistant, question: str, intent: str,
                                            fact: str) -> None:
    reply = bot.ask(question)
    assert reply.intent == intent and fact in reply.text, reply.text


@pytest.mark.parametrize("later", [
    # how long it lasts, and what if it does not stop: when to see a doctor
    "how long tho", "and if it doesnt stop?", "what if it doesnt go away",
])
def test_how_long_and_what_if_it_does_not_stop_give_the_two_weeks(bot: Assistant,
                                                                 later: str) -> None:
    conversation = bot.conversation()
    conversation.ask("thigh twitch after leg day normal?")
    reply = conversation.ask(later)
    assert reply.intent == "seek_care" and "2 weeks" in reply.text, reply.text


@pytest.mark.parametrize(("first", "later"), [
    # a fear that it is something serious leads the rest of the conversation with care
    ("Is Twitching A Sign Of Something Serious", "what usually causes it then"),
    ("my calf keeps twitching, is it something serious?", "what foods help"),
])
def test_a_fear_of_something_serious_is_kept(bot: Assistant, first: str, later: str) -> None:
    conversation = bot.conversation()
    conversation.ask(first)
    assert conversation.ask(later).text.startswith("Only a clinician who examines you")


def test_a_worry_whether_it_is_normal_is_not_kept(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("is it normal for muscles to twitch randomly")
    reply = conversation.ask("mine's in my lower back, just on and off for two days")
    assert reply.intent == "causes" and "doctor" not in reply.text.split(".")[0]


def test_alternatives_to_a_food_leave_it_out(bot: Assistant) -> None:
    reply = bot.ask("Any banana alternatives for potassium?")
    assert reply.intent == "nutrient_foods"
    assert_mentions(reply, ["sweet potatoes"], ["banana"])


@pytest.mark.parametrize("question", [
    # a story of the asker's own twitch, however it is said, is ours
    "Stayed up watching Twitch streams till 4am three nights running and now my eyelid's "
    "doing its own thing lol",
    "Since Sunday my left lower eyelid has been doing this tiny flutter a few times an hour. "
    "My brain won't switch off. What should I change first?",
    "I'm a paid carer for an 82 year old gentleman. His daughter has asked me to keep a list "
    "of what he eats. How much calcium should a man his age be getting a day?",
    # a word of a request's frame in the story, not where it asks
    "Doing the crossword last night I noticed my thumb twitching for an hour. I'm 70 and "
    "live alone. Which vitamins matter for muscles?",
    # a frame's word denied is what the asker does not do
    "what could i eat for potassium on nights, cant exactly cook",
    "no time to cook, which foods have the most magnesium",
])
def test_stories_of_a_twitch_however_said_are_answered(bot: Assistant, question: str) -> None:
    assert bot.ask(question).intent is not None


@pytest.mark.parametrize("question", [
    "been streaming on Twitch for about six months now and my upload keeps dropping",
    "how do you say 'my eye is twitching' in spanish",
    "Write me a funny poem about my twitching eyelid",
])
def test_frames_over_our_domain_still_hold(bot: Assistant, question: str) -> None:
    assert bot.ask(question).intent is None


@pytest.mark.parametrize(("question", "intent"), [
    # a shop or an own brand compared is a question of what to buy
    ("Is Holland & Barrett magnesium better than the Boots own brand one", None),
    ("which own brand magnesium is better, tesco or boots", None),
    # a health cue that is more than a comparison keeps it ours
    ("is it safe to buy magnesium from amazon", "nutrient_supplements"),
    ("is spinach better than kale for magnesium", "food_nutrients"),
    # a shop told as where the bottle came from, after the question, asks nothing of it
    ("Is 5000 IU of vitamin D too much? That's what my Costco bottle says",
     "nutrient_supplements"),
    ("whats cheaper for magnesium, costco or amazon", None),
    ("which shop sells the cheapest magnesium, the man said boots", None),
])
def test_shops_and_own_brands_compared_are_out_of_scope(bot: Assistant, question: str,
                                                        intent: str | None) -> None:
    assert bot.ask(question).intent == intent


@pytest.mark.parametrize(("question", "intent"), [
    # an age said is who an amount is for, when the amount is close behind
    ("Calcium for my mum, she's 75", "nutrient_intake"),
    ("vitamin d for my dad, he's 80", "nutrient_intake"),
    # unless foods are asked for
    ("Foods With B12? For My Mum Who's 72", "nutrient_foods"),
])
def test_an_age_said_is_who_an_amount_is_for(bot: Assistant, question: str,
                                             intent: str) -> None:
    assert bot.ask(question).intent == intent


def test_an_explanation_offered_after_a_red_flag_keeps_the_care_advice(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("my mum is 81, her hand has been jumping for weeks and she keeps dropping "
                     "cups")
    reply = conversation.ask("She says it's only because her house is cold. Could it just be "
                             "that?")
    assert reply.intent == "seek_care"


@pytest.mark.parametrize(("question", "answered"), [
    # our words in a pastime's sense, beside the asker's own twitch or not
    ("just back from carp fishing three nights and my eye twitches", True),
    ("New to lure fishing for pike. They say to use a twitching retrieve with jerkbaits, how "
     "do i do it", False),
    ("How to twitch a jig for bass?", False),
    # a word spelt, a countdown: requests of a general assistant
    ("Spell potassium for me", False),
    ("How many sleeps until Christmas?", False),
    ("dizzy spells and my eyelid twitches", True),
])
def test_a_pastime_beside_ones_own_twitch(bot: Assistant, question: str, answered: bool) -> None:
    assert (bot.ask(question).intent is not None) == answered


@pytest.mark.parametrize(("turns", "intent", "lead"), [
    # a subject from elsewhere that is only left out is not what is asked
    (["my stomach twitches in the evenings", "ok but whats a good source of b vitamins "
      "without bread"], "nutrient_foods", "Good food sources of B vitamins"),
    # after a red flag, a shop named beside a nutrient gets the care advice, not a refusal
    (["my calf and my arm both twitch all the time", "fair. what can i get from a corner "
      "shop that has magnesium"], "seek_care", "Twitch"),
])
def test_turns_with_something_else_named_after_a_red_flag(bot: Assistant, turns: list[str],
                                                        intent: str, lead: str) -> None:
    reply = last_reply(bot, turns)
    assert reply.intent == intent and lead in reply.text, reply.text


@pytest.mark.parametrize("turns", [
    # a recipe or a brand after a red flag is still out of scope
    ["my calf and my arm both twitch all the time", "And how do I cook mackerel so it doesn't "
     "smell out the flat?"],
    ["my calf and my arm both twitch all the time", "best electrolyte drink brand?"],
])
def test_a_recipe_or_a_brand_after_a_red_flag_is_out_of_scope(bot: Assistant,
                                                             turns: list[str]) -> None:
    assert last_reply(bot, turns).intent is None


def test_a_kind_asked_for_in_a_conversation_is_the_named_ones_partner(bot: Assistant) -> None:
    reply = last_reply(bot, ["how much b12 do i need", "which vitamin helps you absorb calcium?"])
    assert_mentions(reply, ["vitamin D", "absorb"], ["say nothing"])


@pytest.mark.parametrize(("turns", "intent"), [
    # a twitch of one's own told anew, leaning on nothing said: a question of its own
    (["my eyelid has been twitching, could it be from being tired?",
      "Twitching Rib Muscles At Night"], "causes"),
    (["how much magnesium does a woman need", "Jumping Muscle In My Thigh"], "causes"),
    # ... but a pronoun leans on what was said: still a follow-up
    (["Son is 14, drinks Red Bull and now his eye twitches",
      "Honestly I'm 45 and drink three of them a day myself. My eyelid has been twitching"
      " since Monday"], "trigger"),
])
def test_a_twitch_told_anew_in_a_conversation_is_a_question_of_its_own(
        bot: Assistant, turns: list[str], intent: str) -> None:
    assert last_reply(bot, turns).intent == intent


BENCHMARK_QUESTIONS = [q for q in (Path(__file__).parent.parent / "benchmarks" / "questions.txt")
                       .read_text(encoding="utf-8").splitlines() if q.strip()]


@pytest.mark.parametrize("question", [*BENCHMARK_QUESTIONS, "my 6 year olds eye keeps twitching",
                                      "breastfeeding and my hand feels numb", ""])
def test_a_question_on_its_own_is_answered_as_a_conversations_first(bot: Assistant,
                                                                    question: str) -> None:
    """ask() does not work out the state after the turn, which it would throw away: its
    reply is still the one a conversation's first turn gets."""
    reply = bot.ask(question)
    assert reply == bot.respond(question, State())[0] == bot.conversation().ask(question)


@pytest.mark.parametrize("question", [
    "my face twitches on one side, is it a stroke??",
    "eye twitching all evening, should I go to A&E",
    "calf jumping like mad, do I need to call 999",
    "is it worth going to the ER for a twitching lip",
    # a stroke asked of the twitch in a word or two
    "Left side of my face twitching, a stroke?",
    "thumb twitching... mini stroke??",
    "Eyelid Jumping A Stroke?",
])
def test_asking_if_it_is_an_emergency_is_told_what_would_make_it_one(
        bot: Assistant, question: str) -> None:
    reply = bot.ask(question)
    assert reply.intent == "seek_care"
    assert reply.text.startswith("Sudden weakness or numbness")
    assert "Otherwise" in reply.text and "doctor (GP)" in reply.text


@pytest.mark.parametrize("question", [
    "I didn't go to A&E because I felt fine, but my arm has twitched since",
    "my eye twitches, will ring 111 in the morning",
    "my dad's hand was twitching after his stroke, he is fine now",
])
def test_an_emergency_department_told_of_asks_nothing_of_it(bot: Assistant,
                                                            question: str) -> None:
    assert "Sudden weakness" not in bot.ask(question).text


@pytest.mark.parametrize("question", [
    # a headache, but neither sudden nor at its worst: another symptom, not an emergency
    "I get terrible headaches when I skip coffee and my eye twitches",
    "headache all week from the screen, and my eyelid twitches",
    "my worst headaches come after a night shift, and my eye twitches then too",
])
def test_an_everyday_headache_beside_a_twitch_is_no_emergency(bot: Assistant,
                                                               question: str) -> None:
    reply = bot.ask(question)
    assert "emergency" not in reply.text
    assert "such as headaches, should be checked" in reply.text


@pytest.mark.parametrize("question", [
    "Left side of my face twitches",
    "the right side of my face has been jumping since Tuesday",
    "why does one side of my face twitch when I'm tired",
])
def test_the_side_of_a_face_says_where_a_twitch_is_not_that_it_is_numb(
        bot: Assistant, question: str) -> None:
    assert "numb" not in bot.ask(question).text


OPENERS = ["does magnesium help with cramps", "my eyelid keeps twitching, why?"]


@pytest.mark.parametrize(("question", "ours"), [
    ("Are avocados a fruit or a vegetable?", False),
    ("is spinach a fruit or a veg lol", False),
    ("which fruit or veg has the most potassium", True),
])
def test_what_kind_of_food_it_is_is_not_ours(bot: Assistant, question: str, ours: bool) -> None:
    assert (bot.ask(question).intent is not None) is ours


@pytest.mark.parametrize("opener", OPENERS)
@pytest.mark.parametrize("request_", [
    # frames of their own
    "whats my bank balance",
    "remind me at 9pm to take it",
    "is the natwest app down",
    "how much is left on my credit card",
    # a subject of its own, in words ours never use
    "tell me about the roman empire",
    "how do solar panels work",
    "who painted the mona lisa",
])
def test_a_general_request_mid_conversation_is_out_of_scope(bot: Assistant, opener: str,
                                                            request_: str) -> None:
    chat = bot.conversation()
    chat.ask(opener)
    reply = chat.ask(request_)
    assert reply.intent is None, reply.text
    assert chat.ask("ok and how much magnesium a day").intent == "nutrient_intake"


@pytest.mark.parametrize("opener", OPENERS)
@pytest.mark.parametrize("question", [
    "cheapest way to get it?",  # a pronoun
    "anything else in the meantime",  # a word that goes on from what was said
    "any others?",
    "brill thanks",  # small talk
    "and for a woman my age?",  # opens as a follow-up
    "I'm a postie so I walk miles every day",  # the asker telling of themselves
])
def test_a_turn_that_leans_on_the_conversation_is_still_ours(bot: Assistant, opener: str,
                                                             question: str) -> None:
    reply = last_reply(bot, [opener, question])
    assert reply.intent is not None, reply.text


def test_the_askers_own_sign_told_with_what_a_relation_says_stays_the_askers(
        bot: Assistant) -> None:
    """'The wife says I'm dragging it': she tells, the foot is the asker's, so the care
    advice leads the asker's next question."""
    chat = bot.conversation()
    chat.ask("52, ex-plasterer. My calf twitches most evenings, the wife says it's my age")
    chat.ask("Forgot to say, the right foot catches on the stairs now and the toes don't lift "
             "like they should. The wife says I'm dragging it")
    reply = chat.ask("isn't that just tiredness though?")
    assert reply.text.startswith("Twitching where the affected area feels weak"), reply.text


@pytest.mark.parametrize(("question", "lead"), [
    ("Best B12 For Twitching With Pins And Needles?", "Twitching with numbness"),
    ("Electrolyte Drink For Twitches That Move Around?", "Twitches that happen in more than"),
    # ... but not a sign listed beside the twitch as what a nutrient does or is for
    ("is B12 or folate better for twitching and tingling?", ""),
    ("does low b12 cause twitching with tingling", ""),
])
def test_a_sign_joined_to_the_twitch_in_a_nutrient_question_is_told(
        bot: Assistant, question: str, lead: str) -> None:
    """A headline that joins a sign to the twitch tells a twitch someone has."""
    text = bot.ask(question).text
    if lead:
        assert text.startswith(lead), text
    else:
        assert "should be checked" not in text.split(". ")[0], text


@pytest.mark.parametrize(("told", "then"), [
    ("I've been using my blue inhaler loads more since a chest infection",
     "should I just use it less then?"),
    ("I'm on metformin and my eyelid twitches",
     "can I just grab a b12 supplement at the chemist instead of bothering the surgery?"),
])
def test_using_a_medicine_less_or_skipping_the_doctor_gets_the_medicines_advice(
        bot: Assistant, told: str, then: str) -> None:
    chat = bot.conversation()
    chat.ask(told)
    reply = chat.ask(then)
    assert reply.text.startswith("If you think a prescribed medicine might be causing it"), \
        reply.text
    assert "outside what I can answer" not in reply.text


@pytest.mark.parametrize(("question", "feared"), [
    ("google says MND lol. which foods have b12?", True),
    ("Dr Google says it's MS, best magnesium foods?", True),
    # a relative's illness beside a nutrient, with nothing feared, is their story
    ("my dad has MND, which foods have b12?", False),
])
def test_an_illness_a_search_engine_says_it_is_is_feared(bot: Assistant, question: str,
                                                         feared: bool) -> None:
    text = bot.ask(question).text
    assert text.startswith("I can't tell what is causing your twitching") is feared, text



@pytest.mark.parametrize(("question", "intent"), [
    # a condition's treatment named as when something began only dates it
    ("My mum is 74 and since her hip replacement in the spring she barely goes out. I read "
     "older people need more vitamin D. Is that right? How much should she be getting a day?",
     "nutrient_intake"),
    ("since my hip replacement my calf twitches at night, which foods have magnesium?",
     "nutrient_foods"),
    # ... while the condition asked about is still not ours
    ("how do I recover after a hip replacement", None),
    ("how long does a hip replacement take to heal", None),
])
def test_a_condition_that_dates_the_story_is_not_what_is_asked(
        bot: Assistant, question: str, intent: str | None) -> None:
    assert bot.ask(question).intent == intent


@pytest.mark.parametrize(("question", "intent"), [
    # a condition in a short clause that says who the asker is, beside a nutrient asked for
    ("Type 2 diabetic here. Good snacks with magnesium in?", "nutrient_foods"),
    ("I'm diabetic. Good snacks with magnesium?", "nutrient_foods"),
    # ... but a condition asked about is still not ours
    ("diabetic here, what helps diabetes", None),
    ("Im diabetic. does magnesium help my diabetes", None),
])
def test_who_asks_is_not_what_is_asked(bot: Assistant, question: str,
                                       intent: str | None) -> None:
    assert bot.ask(question).intent == intent


@pytest.mark.parametrize(("question", "said"), [
    # vitamin D named by a lack of sun: where it mostly comes from is said too
    ("Do I need vitamin D in winter? I'm in Glasgow.", True),
    ("I never go outside, how much vitamin D do I need", True),
    ("In winter here is very dark. Can low vitamin D give twitching of the muscles?", True),
    # ... and not when nothing of the sun is said
    ("how much vitamin d do i need", False),
    ("can low vitamin D cause twitching", False),
])
def test_vitamin_d_named_by_a_lack_of_sun_says_the_sun(bot: Assistant, question: str,
                                                       said: bool) -> None:
    text = bot.ask(question).text
    assert ("Sunlight exposure is the primary way to get vitamin D" in text) is said, text


@pytest.mark.parametrize(("question", "intent"), [
    # a remedy tried, then something else asked for: the rest, not the remedy again
    ("tried drinking more water, what else can I do?", "relief"),
    ("switched to decaf, what else could be causing it", "causes"),
    # ... while a remedy asked about is answered
    ("would drinking more water help my twitch?", "lifestyle"),
])
def test_a_remedy_tried_is_not_what_else_asks(bot: Assistant, question: str,
                                              intent: str) -> None:
    assert bot.ask(question).intent == intent


@pytest.mark.parametrize("question", [
    "How long before I should worry about it?",
    "when should i worry",
])
def test_when_to_worry_in_a_conversation_gets_the_care_advice(bot: Assistant,
                                                              question: str) -> None:
    talk = bot.conversation()
    talk.ask("My calf twitches after I walk the dog, about an hour every morning")
    reply = talk.ask(question)
    assert reply.intent == "seek_care" and "2 weeks" in reply.text, reply.text


@pytest.mark.parametrize(("question", "intent"), [
    # foods asked for instead of the forms told before them
    ("cant swallow big calcium tablets, what foods instead?", "nutrient_foods"),
    ("Can't swallow big calcium tablets, food alternatives?", "nutrient_foods"),
    # ... while the forms asked about are still the subject, or one side of a choice
    ("which magnesium tablets are best", "nutrient_supplements"),
    ("Calcium tablets for twitching, or food instead?", "nutrient_supplements"),
])
def test_foods_asked_for_instead_put_the_tablets_aside(bot: Assistant, question: str,
                                                       intent: str) -> None:
    assert bot.ask(question).intent == intent


@pytest.mark.parametrize(("question", "foods", "amount"), [
    ("what foods are good sources of potassium, and how much does a man of 72 need?",
     "bananas", "3,400 mg"),
    ("Which other foods are rich in potassium, and how much does a man of his age need in a "
     "day?", "sweet potatoes", "3,400 mg"),
    ("which foods have magnesium and how much do i need a day", "spinach", "420 mg"),
    ("Which foods should I be adding for magnesium, and roughly how much does a woman my age "
     "need per day?", "spinach", "320 mg"),
    ("Which foods could I eat to get B12 as a vegan, and how much do I need each day?",
     "fortified", "2.4 mcg"),
])
def test_foods_and_the_amount_asked_together_are_both_answered(
        bot: Assistant, question: str, foods: str, amount: str) -> None:
    text = bot.ask(question).text
    assert foods in text and amount in text, text


@pytest.mark.parametrize("question", [
    "where does this info come from, can i look it up myself somewhere",
    "Is this just stress, and is there anything that'd calm it?",
])
def test_a_weak_second_clause_adds_no_second_answer(bot: Assistant, question: str) -> None:
    """Only foods and amounts are answered beside each other on a weak match of the
    second clause; anything else needs a clear one."""
    reply = bot.ask(question)
    assert "Things that help" not in reply.text or reply.intent == "relief", reply.text


@pytest.mark.parametrize(("question", "declined"), [
    ("Is avocado good for twitches? My daughter-in-law swears by it.", False),
    ("My son-in-law has a twitchy eyelid, what should he eat", False),
    ("my son's eyelid twitches, he is 8", True),
])
def test_a_son_or_daughter_by_marriage_is_a_grown_up(bot: Assistant, question: str,
                                                     declined: bool) -> None:
    assert ("can't give advice about children" in bot.ask(question).text) is declined


@pytest.mark.parametrize(("question", "intent"), [
    ("A lady of ninety asked why our eyelids sometimes flicker. It happens to her when she "
     "is sitting quietly doing the crossword. What actually causes these twitches?", "causes"),
    # a request made where the story asks is still a request
    ("my eyelid twitches when I do the crossword. what's another word for twitch, 5 letters",
     None),
])
def test_a_pastime_told_in_a_story_of_twitching_asks_nothing(bot: Assistant, question: str,
                                                             intent: str | None) -> None:
    assert bot.ask(question).intent == intent


@pytest.mark.parametrize(("question", "rejected"), [
    ("How many ibuprofen tablets can I take after a marathon?", True),
    ("I take 300mg gabapentin three times a day for nerve pain, can I put my dose up to 600 "
     "myself?", True),
    ("what dose of paracetamol can I take and how often", True),
    ("Paracetamol dose for a hangover?", True),
    # a twitch beside the medicine, or a nutrient asked, is ours
    ("my sertraline dose went up and now my eye twitches", False),
    ("how much magnesium can I take with sertraline", False),
])
def test_a_dose_of_a_medicine_asked_with_no_twitch_is_not_ours(
        bot: Assistant, question: str, rejected: bool) -> None:
    assert (bot.ask(question).intent is None) is rejected


@pytest.mark.parametrize(("question", "intent"), [
    # a time of day beside a twitch of no leg says when: the causes are asked
    ("Why does my tongue twitch at night?", "causes"),
    ("my shoulder twitches at night, why", "causes"),
    ("why do my legs twitch at night", "causes"),
    # ... and so does a muscle of such a part ("rib muscles"), but not a muscle of no part
    ("Twitching Rib Muscles At Night", "causes"),
    ("muscles twitching at night", "lifestyle"),
    # ... and it is still the stretching advice where asked for it
    ("Back to the twitching. Anything to do before bed?", "lifestyle"),
    ("does stretching at night help my calves", "lifestyle"),
])
def test_a_time_of_day_beside_a_twitch_elsewhere_says_when(bot: Assistant, question: str,
                                                           intent: str) -> None:
    assert bot.ask(question).intent == intent


@pytest.mark.parametrize(("question", "amount"), [
    # how much is asked of the nutrient the story names, not of the foods it tells of
    ("My wife says I need more magnesium and keeps buying me almonds. How much should a man "
     "of 60 have?", "420 mg"),
    ("My daughter says I need potassium and keeps buying me bananas. How much should a woman "
     "my age have? I'm 66.", "2,600 mg"),
])
def test_how_much_is_asked_of_the_nutrient_beside_the_foods_told(
        bot: Assistant, question: str, amount: str) -> None:
    reply = bot.ask(question)
    assert reply.intent == "nutrient_intake" and amount in reply.text, reply.text


@pytest.mark.parametrize(("question", "said"), [
    ("How many bananas a day for enough potassium?", ["Bananas", "2,600 mg"]),
    # a count of something that is no food of ours, or not per day, asks no amount
    ("how many cups of coffee a day is too many", ["caffeine"]),
])
def test_a_count_of_a_food_a_day_gets_the_amount_of_its_nutrient(
        bot: Assistant, question: str, said: list[str]) -> None:
    text = bot.ask(question).text
    assert all(part in text for part in said), text


@pytest.mark.parametrize("question", [
    "Our lab twitches and paddles his legs in his sleep every night. Normal?",
    "We have a 9 year old lab and lately his back leg twitches on and off",
])
def test_a_labrador_by_its_short_name_is_for_a_vet(bot: Assistant, question: str) -> None:
    assert "vet" in bot.ask(question).text


def test_lab_results_are_no_labrador(bot: Assistant) -> None:
    assert bot.ask("my lab results came back and my vitamin d is low, what foods").intent \
        is not None


@pytest.mark.parametrize(("question", "ours"), [
    ("how many almonds a day", True),
    ("how many almonds a day then", True),
    # a count of something that is no food of ours is not
    ("how many steps a day should I walk", False),
])
def test_a_food_counted_per_day_is_ours(bot: Assistant, question: str, ours: bool) -> None:
    reply = bot.ask(question)
    assert (reply.intent is not None) is ours
    if ours:
        assert "420 mg" in reply.text, reply.text


@pytest.mark.parametrize(("question", "declined"), [
    # trying to conceive is no pregnancy
    ("TTC and my partner told me to ask, what does magnesium actually do in the muscles?", False),
    ("Trying to conceive so we're both cutting out alcohol. Does drinking cause twitches?",
     False),
    ("I'm pregnant, how much magnesium", True),
])
def test_trying_to_conceive_is_no_pregnancy(bot: Assistant, question: str,
                                            declined: bool) -> None:
    assert ("pregnancy" in bot.ask(question).text) is declined


@pytest.mark.parametrize("question", [
    "What helps an eye twitch go away faster?",
    "What helps an eye twitch go away faster. Interview on Monday!",
])
def test_what_helps_is_no_choice_between_causes_and_a_doctor(bot: Assistant,
                                                            question: str) -> None:
    reply = bot.ask(question)
    assert reply.intent == "relief", reply.text


@pytest.mark.parametrize(("question", "intent"), [
    # what to eat, asked first and of nothing named, is the foods that help twitching
    ("What can I eat to help my twitchy calf?", "helpful_foods"),
    ("New dad, barely sleeping. What should I munch on to settle this eyelid twitch?",
     "helpful_foods"),
    ("anything i could eat that stops a thigh twitch?", "helpful_foods"),
    # ... not what helps, asked without eating; nor what to eat asked after another question
    ("is there anything I can do to help my twitching", "relief"),
    ("I've been on nights all week and my eyelid flickers. What's causing it and which food "
     "should I have?", "trigger"),
    # a food or a nutrient named keeps its own answer
    ("what can I eat for more magnesium", "nutrient_foods"),
])
def test_what_to_eat_asked_is_the_foods_that_help(bot: Assistant, question: str,
                                                  intent: str) -> None:
    reply = bot.ask(question)
    assert reply.intent == intent, reply.text


@pytest.mark.parametrize(("question", "medicine"), [
    # a tablet that is a device, where a device is spoken of
    ("My new tablet (a Samsung one) has me scrolling till 2am and now my eyelid twitches. "
     "Sleep?", False),
    ("got a new tablet for streaming in bed and my eye twitches", False),
    ("Started a new tablet last week and my calf twitches", True),
])
def test_a_tablet_that_is_a_device_is_no_medicine(bot: Assistant, question: str,
                                                   medicine: bool) -> None:
    reply = bot.ask(question)
    assert ("prescribed medicine might be causing it" in reply.text) is medicine, reply.text


@pytest.mark.parametrize(("question", "intent"), [
    # pills "the size of a horse's" are no horse's; a parakeet is a pet
    ("Calcium foods please, I can't swallow those horse pills", "nutrient_foods"),
    ("my parakeet twitches his wing, is he low on calcium?", None),
    # a form of a supplement asked for another condition is that condition's
    ("magnesium glycinate for migraines, how much?", None),
])
def test_idioms_pets_and_forms_for_other_conditions(bot: Assistant, question: str,
                                                    intent: str | None) -> None:
    assert bot.ask(question).intent == intent


@pytest.mark.parametrize(("question", "medicine"), [
    # a blood thinner by its brand, and a name we do not know asked of as a side effect
    ("Eliquis And Twitching Forearm, Side Effect?", True),
    ("Tovarex and my calf twitching, side effect??", True),
    ("is this eyelid twitch a side affect of the Brilinta", True),
    # ... but a nutrient asked of as one keeps its own answer; and no side effect asked
    ("is twitching a side effect of magnesium", False),
    ("Tovarex is my cat's name and she watches my calf twitch", False),
    # gout's medicines, which a twitch may follow
    ("my calves have started twitching since I began allopurinol last month", True),
    ("On colchicine for a flare and now my thigh keeps jumping", True),
])
def test_a_side_effect_asked_of_a_name_we_do_not_know_is_a_medicines(
        bot: Assistant, question: str, medicine: bool) -> None:
    reply = bot.ask(question)
    assert ("do not stop a prescribed medicine" in reply.text) is medicine, reply.text


@pytest.mark.parametrize(("question", "facts"), [
    # what a nutrient does and where to get it, asked together: both answered
    ("What do B vitamins actually do for nerves and muscles, and where do you get them?",
     ["nerve", "eggs"]),
    ("what does magnesium do in the body, and which foods have it?", ["relax", "spinach"]),
])
def test_a_nutrients_role_and_foods_asked_together_are_both_answered(
        bot: Assistant, question: str, facts: list[str]) -> None:
    reply = bot.ask(question)
    assert all(fact in reply.text for fact in facts), reply.text


@pytest.mark.parametrize("turns", [
    ["How common are muscle twitches?", "mine are mostly in my calf when I'm sat still"],
    ["what causes eyelid twitching", "I get them in my cheek, mostly at night"],
])
def test_the_askers_own_body_told_in_a_conversation_of_ours_is_answered(
        bot: Assistant, turns: list[str]) -> None:
    conversation = bot.conversation()
    for question in turns:
        reply = conversation.ask(question)
    assert reply.intent is not None, reply.text


def test_a_request_from_elsewhere_beside_a_body_part_is_still_turned_away(
        bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("what foods have magnesium")
    assert conversation.ask("my calf is sore from football, also whats the score in the "
                            "arsenal game").intent is None


@pytest.mark.parametrize(("turns", "care"), [
    # a pain that wakes, told after a twitch question; a twitch timed from a jab
    (["Best way to stop leg twitches at night?",
      "They don't hurt, but there's a pain deep in my hip that wakes me up most nights."], True),
    (["How long does a sore arm last after a vaccine?",
      "Also my shoulder has been twitching ever since the jab, four days now."], True),
    # ... not a jab had long ago, told in passing
    (["what foods have magnesium", "I had the jab in the spring, is it fine to eat spinach "
      "every day?"], False),
])
def test_later_turns_tell_a_pain_that_wakes_or_a_twitch_since_a_jab(
        bot: Assistant, turns: list[str], care: bool) -> None:
    conversation = bot.conversation()
    for question in turns:
        reply = conversation.ask(question)
    assert ("doctor" in reply.text or "healthcare provider" in reply.text) is care, reply.text


@pytest.mark.parametrize(("question", "intent"), [
    # a condition heading a question that asks for foods says who asks
    ("Thyroid Patient, Best Vitamin D Foods?", "nutrient_foods"),
    ("Type 2 Diabetes, Good Sources of Calcium?", "nutrient_foods"),
    # ... but a condition's treatment asked is still out of scope
    ("Migraines, magnesium dose?", None),
])
def test_a_condition_heading_a_foods_question_says_who_asks(bot: Assistant, question: str,
                                                          intent: str | None) -> None:
    assert bot.ask(question).intent == intent


def test_a_twitch_just_before_the_askers_own_words_is_the_askers(bot: Assistant) -> None:
    reply = bot.ask("My kids have named the twitch in my right calf Kevin. Which vitamin "
                    "should I look at first?")
    assert "children" not in reply.text, reply.text


@pytest.mark.parametrize(("question", "care"), [
    # the asker's own twitch told in Scots is still ours, and so are its signs
    ("Ma wee eyelid's been gaun like the clappers aw week, am knackered fae the night "
     "shifts. Is that whit's daein it?", False),
    ("ma heid's spinning and ma leg is twitching", True),
])
def test_a_twitch_told_in_scots_is_ours(bot: Assistant, question: str, care: bool) -> None:
    reply = bot.ask(question)
    assert reply.intent is not None, reply.text
    assert ("healthcare provider" in reply.text or "doctor" in reply.text) is care, reply.text


def test_a_nutrient_asked_of_in_taglish_and_where_to_get_it(bot: Assistant) -> None:
    conversation = bot.conversation()
    assert conversation.ask("Ano po ginagawa ng calcium sa muscles?").intent == "nutrient_role"
    assert conversation.ask("Saan po makukuha? Lactose intolerant ako").intent is not None


@pytest.mark.parametrize(("follow_up", "lasting"), [
    ("It started on the 13th", True),   # 23 days before 6 December
    ("It started on the 2nd", False),   # 4 days
    ("since the 13th", True),
    ("It started twitching on the 20th of last month", True),   # 16 days
    ("it started jumping on the 2nd", False),
    # a span told as unbroken
    ("16 days straight now", True),
    ("15 days in a row", True),
    ("3 days straight now", False),
])
def test_a_start_on_a_day_of_the_month_told_later_in_a_conversation(follow_up: str,
                                                                      lasting: bool) -> None:
    bot = Assistant(today=lambda: date(2026, 12, 6))
    conversation = bot.conversation()
    conversation.ask("my eyelid keeps twitching, what causes it?")
    reply = conversation.ask(follow_up)
    assert reply.text.startswith("A twitch that lasts more than 2 weeks") is lasting, reply.text


CHECKED_LEAD = "Since a specialist has checked it, see them or your doctor (GP) again"


@pytest.mark.parametrize(("question", "fact"), [
    # a twitch a specialist has checked and called harmless: go back if anything changes,
    # then what is asked
    ("EMG Clean And Neuro Says Benign: What Helps Twitching?", "stretch"),
    ("Neuro says benign. What even is a fasciculation?", "involuntarily"),
    ("EMG and bloods normal. Are bananas really the best thing for twitchy legs?", "potassium"),
    ("Kale Or Spinach For Magnesium? Neuro Said Benign", "magnesium"),
])
def test_a_twitch_a_specialist_checked_leads_with_going_back_if_it_changes(
        bot: Assistant, question: str, fact: str) -> None:
    reply = bot.ask(question)
    assert reply.text.startswith(CHECKED_LEAD), reply.text
    assert fact in reply.text


@pytest.mark.parametrize("question", [
    # the twins: a check still to come, or none
    "my neuro appointment is next week, what helps twitching?",
    "what helps twitching?",
])
def test_a_check_to_come_is_no_check(bot: Assistant, question: str) -> None:
    assert CHECKED_LEAD not in bot.ask(question).text


@pytest.mark.parametrize("question, intent", [
    # a long sitting is no race: what commonly causes a twitch, not the exercise advice
    ("Thumb Twitching After A Gaming Marathon", "causes"),
    ("eyelid jumping after a netflix marathon last night", "causes"),
    ("calf twitching after the marathon on sunday", "trigger"),
])
def test_a_marathon_of_sitting_is_no_exercise(bot: Assistant, question: str,
                                              intent: str) -> None:
    assert bot.ask(question).intent == intent


@pytest.mark.parametrize("question, intent", [
    # a fear looked into and settled leaves room for what is asked beside it, after the
    # advice to go back if anything changes
    ("EMG Clear - What Helps Benign Twitching Now?", "relief"),
    ("EMG clean, neuro says benign: what helps?", "relief"),
    ("Update: saw the neurologist today. MRI and examination both normal and she says it's "
     "benign twitching, nothing to do with MS. What can I do to calm the twitches down?",
     "relief"),
    # ... but not beside a sign of its own
    ("EMG clear but now my hand is weak, what helps?", "seek_care"),
])
def test_a_fear_looked_into_leaves_room_for_what_is_asked(bot: Assistant, question: str,
                                                          intent: str) -> None:
    reply = bot.ask(question)
    assert reply.intent == intent
    assert "doctor" in reply.text.split(".")[0]


@pytest.mark.parametrize("question, intent", [
    # a doctor's examination is no exam sat, and results of a test no race's
    ("Best Potassium Foods After A Clean Neuro Exam", "nutrient_foods"),
    ("exam stress and my eye twitches", "trigger"),
    ("where can I find my parkrun results", None),
    ("waiting on blood results, eyelid twitching, stress?", "causes"),
])
def test_an_exam_or_results_of_the_body_are_ours(bot: Assistant, question: str,
                                                 intent: str | None) -> None:
    assert bot.ask(question).intent == intent


@pytest.mark.parametrize("question, intent", [
    # a nutrient the sources do not cover, asked of a twitch: what commonly causes one, and
    # a line that it is not covered
    ("creatine twitching?", "causes"),
    ("does zinc make you twitch?", "causes"),
    ("does creatine make you twitch? I take 5g a day and my calf twitches", "causes"),
    # ... beside one of ours, ours is answered
    ("zinc or magnesium for twitching?", "nutrient_role"),
])
def test_a_nutrient_not_covered_asked_of_a_twitch_hears_the_causes(bot: Assistant,
                                                                    question: str,
                                                                    intent: str) -> None:
    reply = bot.ask(question)
    assert reply.intent == intent
    assert bot.knowledge.care.others_outside in reply.text


@pytest.mark.parametrize("question, intent", [
    # a dose of a medicine named, with no twitch: medication dosing
    ("Furosemide 40mg: how many hours between doses?", None),
    ("how many hours of sleep do I need, I take furosemide", "lifestyle"),
    ("missed pill yesterday, need morning after pill?", None),
    ("started the pill and now my eye twitches", "seek_care"),
])
def test_requests_and_doses_read_for_what_they_ask(bot: Assistant, question: str,
                                                   intent: str | None) -> None:
    assert bot.ask(question).intent == intent


@pytest.mark.parametrize(("first", "later", "intent"), [
    # after a red flag, a turn pointing back at the twitch is answered by the care advice,
    # though a word of it belongs to another subject's frame
    ("my fingers twitch and I keep fumbling my keys", "which sort of doctor deals with that?",
     "seek_care"),
    ("twitching in both arms for a month", "could it be down to my new running shoes though?",
     "seek_care"),
    # ... while a request to the assistant itself, or another subject, is still turned away
    ("my fingers twitch and I keep fumbling my keys",
     "can you write a message to my boss that says I'm off today", None),
    ("my fingers twitch and I keep fumbling my keys", "which running shoes are best for flat feet",
     None),
])
def test_a_turn_pointing_back_after_a_red_flag(bot: Assistant, first: str, later: str,
                                               intent: str | None) -> None:
    conversation = bot.conversation()
    conversation.ask(first)
    reply = conversation.ask(later)
    assert reply.intent == intent, reply.text
    assert "see a doctor" in reply.text or "checked by a doctor" in reply.text, reply.text


@pytest.mark.parametrize(("question", "intent"), [
    # someone else's illness beside the asker's own twitch and an everyday question
    ("I look after my wife, who has MS, and I'm up most nights. My own eyelid has flickered "
     "since Friday. Is that just being worn out?", "trigger"),
    # ... a face that feels off beside a twitch
    ("Why does my face feel off and twitchy?", "seek_care"),
])
def test_background_illness_and_a_face_that_feels_off(bot: Assistant, question: str,
                                                      intent: str) -> None:
    assert bot.ask(question).intent == intent


def test_an_errand_for_a_prescription_mid_conversation_is_turned_away(bot: Assistant) -> None:
    conversation = bot.conversation()
    conversation.ask("does vitamin D have anything to do with twitchy muscles?")
    reply = conversation.ask("hang on, can you remind me at 6pm to pick up my prescription")
    assert reply.intent is None and "medicine" not in reply.text, reply.text


@pytest.mark.parametrize("question", [
    # whether it is an emergency, asked beside signs, is answered first
    "Numb face, twitchy eye and blurry vision, emergency or not?",
    "my hand is numb and twitching, is this an emergency?",
])
def test_an_emergency_asked_is_answered_first(bot: Assistant, question: str) -> None:
    reply = bot.ask(question)
    assert reply.intent == "seek_care" and reply.text.startswith("Sudden weakness"), reply.text


@pytest.mark.parametrize("follow_up", [
    "she seems better now though. can we leave it till morning?",
    "She says she's fine now, it's passed. Do we still need to go in?",
    "I've given her 2 paracetamol, can she just lie down and wait",
])
def test_waiting_till_morning_asked_after_an_emergency_is_the_care_advice(
        bot: Assistant, follow_up: str) -> None:
    conversation = bot.conversation()
    conversation.ask("my mum's face dropped on one side an hour ago and her arm twitches")
    reply = conversation.ask(follow_up)
    assert reply.intent == "seek_care" and "emergency" in reply.text, reply.text


@pytest.mark.parametrize(("question", "intent"), [
    # a nutrient closed by a question mark is what is asked; a condition in the story
    # after it is not ("Low B12 symptoms?")
    ("Low B12 symptoms? My mum had pernicious anaemia so I'm a bit wary.",
     "nutrient_symptoms"),
    ("Folate rda? I'm 40, on a gluten free diet so I don't get the fortified bread",
     "nutrient_intake"),
    ("daily magnesium for a 27 year old guy? and what foods have it, trying to cut back on "
     "protein bars and eat actual food", "nutrient_foods"),
    # ... a food so marked may still be shopped for
    ("Sweet potatoes vs yams? Recipe says yams and the shop only has sweet potatoes.", None),
    ("Hot yoga, sweating buckets, twitchy calves after. Salt? Potassium?", "trigger"),
])
def test_what_a_question_mark_closes_is_asked(bot: Assistant, question: str,
                                              intent: str | None) -> None:
    assert bot.ask(question).intent == intent


@pytest.mark.parametrize(("question", "ours"), [
    # a muscle that cramped, in the past tense, is ours; a place short of room is not
    ("Calf cramped in the second half of the match today, fine now", True),
    ("my leg cramped up in bed, what helps", True),
    ("tips for storing bikes in a cramped hallway", False),
    ("we live in cramped conditions, any storage ideas", False),
    ("Cramped Legroom On Ryanair, Worth Paying For Extra?", False),
])
def test_cramped_is_a_muscle_or_a_place(bot: Assistant, question: str, ours: bool) -> None:
    assert (bot.ask(question).intent is not None) is ours


@pytest.mark.parametrize(("question", "answer"), [
    # nerves asked of as a cause are nervousness; nerves a nutrient works on are not
    ("Wedding is on Saturday and my lip has twitched all week. Is it nerves?", "stress"),
    ("could it be nerves", "stress"),
    ("what vitamins are good for nerves", "B vitamins"),
])
def test_nerves_asked_as_a_cause_are_stress(bot: Assistant, question: str,
                                            answer: str) -> None:
    assert answer in bot.ask(question).text


@pytest.mark.parametrize(("question", "declined"), [
    # a baby hoped for is no child
    ("My sister had to take folic acid when she was trying for a baby. How much folate does "
     "an adult need per day?", False),
    ("my baby has a twitchy eye", True),
])
def test_a_baby_hoped_for_is_no_child(bot: Assistant, question: str, declined: bool) -> None:
    reply = bot.ask(question)
    assert (reply.intent is None and "children" in reply.text) is declined, reply.text


@pytest.mark.parametrize(("follow_up", "declined"), [
    # a pet or a child that "does it too", opening a follow-up, is who it is now about
    ("our cat does it too, same reason?", True),
    ("my daughter gets that as well, she's 7", True),
    # ... not a grown-up, nor one named mid-story for something else
    ("my wife does it too, same reason?", False),
    ("I stretch before bed and my son does it too. What else helps?", False),
])
def test_a_pet_or_child_that_does_it_too(bot: Assistant, follow_up: str,
                                         declined: bool) -> None:
    conversation = bot.conversation()
    conversation.ask("why does my calf twitch at night")
    reply = conversation.ask(follow_up)
    turned_to_them = reply.intent is None and (
        "sources are written for adults" in reply.text or "vet" in reply.text)
    assert turned_to_them is declined, reply.text


@pytest.mark.parametrize(("question", "emergency"), [
    # a sickness told before the knock it came after; not one before a knock that came later
    ("Calf Twitching And Throwing Up Since Banging My Head", True),
    ("I was sick after a dodgy kebab, then I bumped my head on the shelf, eye twitching",
     False),
])
def test_a_sickness_told_as_coming_after_a_knock(bot: Assistant, question: str,
                                                 emergency: bool) -> None:
    assert ("A&E" in bot.ask(question).text) is emergency
