//! One turn of the engine: the input is read against the session's state.

use super::choice::{self, Match};
use super::{Answer, BACK_STEPS, Back, Command, Ctx, Effect, Input, LangSource, MAX_CHARS, Outcome, Reply, Session, State};
use crate::core::catalog::Catalog;
use crate::core::flow::{Kind, Target};
use crate::core::queue::Priority;
use crate::core::text::has_words;
use crate::core::triage::{CrisisKind, Verdict};

pub(super) struct Turn<'a> {
    ctx: &'a Ctx<'a>,
    pub(super) s: Session,
    replies: Vec<Reply>,
    effects: Vec<Effect>,
    /// This turn went one question back (so it is not remembered as a step forward).
    went_back: bool,
}

impl<'a> Turn<'a> {
    /// Runs one input against a copy of the session.
    pub(super) fn run(ctx: &'a Ctx<'a>, session: &Session, input: &Input, hint: Option<&str>) -> Outcome {
        Self::run_with(ctx, session, |t| t.input(input, hint))
    }

    /// Runs `f` against a copy of the session.
    pub(super) fn run_with(ctx: &'a Ctx<'a>, session: &Session, f: impl FnOnce(&mut Self)) -> Outcome {
        let mut t = Turn {
            ctx,
            s: session.clone(),
            replies: vec![],
            effects: vec![],
            went_back: false,
        };
        f(&mut t);
        t.remember(session);
        Outcome {
            session: t.s,
            replies: t.replies,
            effects: t.effects,
        }
    }

    /// Remembers the question the parent left this turn, for "back"; a conversation that went
    /// to the advisers or ended starts without.
    fn remember(&mut self, before: &Session) {
        if matches!(self.s.state, State::WithAdviser | State::Idle) {
            self.s.back.clear();
            return;
        }
        let asked = matches!(
            before.state,
            State::Menu | State::Ask { .. } | State::Flow { .. } | State::AfterAnswer { .. }
        );
        if self.went_back || !asked || before.state == self.s.state {
            return;
        }
        self.s.back.push(Back {
            state: before.state.clone(),
            answers: before.answers.len(),
            tags: before.tags.len(),
            region: before.region.clone(),
            need: before.need,
        });
        if self.s.back.len() > BACK_STEPS {
            self.s.back.remove(0);
        }
    }

    /// One question back: the state, answers and tags as they were when it was asked.
    fn go_back(&mut self) {
        self.went_back = true;
        if self.s.state == State::WithAdviser {
            return self.say("back-none");
        }
        match self.s.back.pop() {
            Some(b) => {
                self.s.state = b.state;
                self.s.answers.truncate(b.answers);
                self.s.tags.truncate(b.tags);
                self.s.region = b.region;
                self.s.need = b.need;
                self.show_current();
            }
            None => {
                self.say("back-none");
                match self.s.state {
                    State::Idle => self.show_menu(),
                    _ => self.show_current(),
                }
            }
        }
    }

    /// "Choose one of the options", mentioning buttons only where there are buttons.
    fn choose_prompt(&mut self) {
        self.say(if self.ctx.buttons { "choose-prompt" } else { "choose-prompt-typed" });
    }

    /// A choice that fits several options: ask again with them.
    fn unclear(&mut self) {
        self.say("choice-unclear");
        self.show_current();
    }

    /// The command a typed word stands for ("terug", "menu", "stop"), in the parent's language,
    /// English or Dutch.
    fn command_word(&self, text: &str) -> Option<Command> {
        let lang = self.lang();
        let list = self.cat().words.find(&[&lang, "en", "nl"], text)?;
        Some(match list {
            "words-menu" => Command::Menu,
            "words-back" => Command::Back,
            "words-stop" => Command::Stop,
            "words-help" => Command::Help,
            "words-language" => Command::Language,
            "words-adviser" => Command::Adviser,
            _ => return None,
        })
    }

    pub(super) fn cat(&self) -> &'a Catalog {
        self.ctx.catalog
    }

    pub(super) fn lang(&self) -> String {
        self.s.lang_or(self.ctx.default_lang).to_string()
    }

    pub(super) fn ctx(&self) -> &'a Ctx<'a> {
        self.ctx
    }

    /// A message in the parent's language, with the contacts of their region.
    pub(super) fn t(&self, id: &str) -> String {
        self.t_with(id, vec![])
    }

    /// A message in the parent's language, with the contacts of their region and `extra`
    /// variables.
    pub(super) fn t_with(&self, id: &str, extra: Vec<(String, String)>) -> String {
        let lang = self.lang();
        let region = self.s.region.as_deref().or(self.ctx.default_region);
        let mut args = self.cat().contact_args(&lang, region);
        args.extend(extra.iter().map(|(k, v)| (k.as_str(), v.clone())));
        self.cat().locales.text(&lang, id, &args)
    }

    pub(super) fn say(&mut self, id: &str) {
        let text = self.t(id);
        self.say_text(text, vec![]);
    }

    pub(super) fn say_text(&mut self, text: String, choices: Vec<String>) {
        if !choices.is_empty() {
            self.s.step += 1;
        }
        let step = if choices.is_empty() { 0 } else { self.s.step };
        self.replies.push(Reply {
            text,
            choices,
            step,
            ticket: None,
            headline: false,
            urgent: false,
            person: false,
            document: None,
        });
    }

    /// Adds a reply built elsewhere (a letter with its document).
    pub(super) fn push(&mut self, reply: Reply) {
        self.replies.push(reply);
    }

    /// Adds an effect for the service.
    pub(super) fn effect(&mut self, effect: Effect) {
        self.effects.push(effect);
    }

    /// Marks the replies so far as a crisis answer: they go out before anything else waiting.
    fn mark_urgent(&mut self) {
        for r in &mut self.replies {
            r.urgent = true;
        }
    }

    /// Settles the language: a clear recognition of the parent's words wins (also later, over an
    /// earlier guess or recognition), else the platform's hint, else the default. A language the
    /// parent chose is never changed.
    fn settle_lang(&mut self, guess: Option<&str>, hint: Option<&str>) {
        if self.s.lang_source == LangSource::Chosen {
            return;
        }
        let known = |l: &str| self.ctx.catalog.locales.has(l);
        if let Some(g) = guess.filter(|l| known(l)) {
            self.s.lang = Some(g.to_string());
            self.s.lang_source = LangSource::Detected;
            self.s.unclear_lang = 0;
            return;
        }
        if self.s.lang.is_none() {
            let hint = hint.map(|h| h.split(['-', '_']).next().unwrap_or_default().to_lowercase());
            let lang = hint.filter(|l| known(l)).unwrap_or_else(|| self.ctx.default_lang.to_string());
            self.s.lang = Some(lang);
        }
    }

    /// After a text whose language was not clear, while the language is only assumed: at the
    /// second such text, offer the language picker (when nothing else is being asked).
    fn maybe_offer_languages(&mut self, guess: Option<&str>) {
        if guess.is_some() || self.s.lang_source != LangSource::Assumed {
            return;
        }
        self.s.unclear_lang = self.s.unclear_lang.saturating_add(1);
        if self.s.unclear_lang == 2 && matches!(self.s.state, State::Idle | State::Menu) {
            self.say("language-unsure");
            self.s.state = State::Language {
                back: Box::new(State::Menu),
            };
            self.show_current();
        }
    }

    fn greet(&mut self) {
        if !self.s.greeted {
            self.s.greeted = true;
            self.say("welcome");
            self.say("privacy-notice");
        }
    }

    fn input(&mut self, input: &Input, hint: Option<&str>) {
        match input {
            Input::Text(raw) => self.text(raw, hint),
            Input::Choice { index, step } => {
                self.settle_lang(None, hint);
                if step.is_some_and(|s| s != self.s.step) {
                    self.choose_prompt();
                    self.show_current();
                } else {
                    self.choose(*index);
                }
            }
            Input::Command { cmd, arg } => {
                self.settle_lang(None, hint);
                self.command(*cmd, arg.as_deref());
            }
            Input::File if self.s.state == State::WithAdviser => {
                self.settle_lang(None, hint);
                self.say("file-received");
                self.effects.push(Effect::KeepFile);
            }
            Input::File | Input::Unsupported => {
                self.settle_lang(None, hint);
                self.greet();
                self.say("unsupported-media");
            }
        }
    }

    fn text(&mut self, raw: &str, hint: Option<&str>) {
        let text = raw.trim();
        if text.is_empty() || text.chars().count() > MAX_CHARS || !has_words(text) {
            self.settle_lang(None, hint);
            self.greet();
            if text.is_empty() {
                self.say("empty-message");
            } else if text.chars().count() > MAX_CHARS {
                let msg = self.cat().locales.text(&self.lang(), "too-long", &[("max", MAX_CHARS.to_string())]);
                self.say_text(msg, vec![]);
            } else {
                self.say("no-words");
                if self.s.state == State::Idle {
                    self.show_menu();
                }
            }
            return;
        }
        // Personal data is dropped before it can reach a transcript or an adviser.
        let redacted = crate::core::pii::redact(text);
        let text = redacted.as_deref().unwrap_or(text);
        let verdict = self.cat().triage.classify(text);
        self.settle_lang(verdict.lang.as_deref(), hint);
        // A date asked for is no personal data to warn about (it is read from the raw text,
        // and only the date is kept).
        if redacted.is_some() && self.date_question().is_none() {
            self.say("pii-warning");
        }
        // Crisis numbers come before anything else, even the greeting.
        if verdict.urgent && self.s.state != State::WithAdviser {
            self.say("urgent-answer");
            self.mark_urgent();
            self.greet();
            // The flow the parent is in tells the advisers more than a guess from one message.
            let topic = self
                .current_flow()
                .or_else(|| verdict.flow.clone())
                .unwrap_or_else(|| "urgent".into());
            self.escalate(Priority::Urgent, &topic, Some(text), verdict.crisis);
            return;
        }
        self.greet();
        if self.s.state == State::WithAdviser {
            // Nothing a waiting parent sends goes unanswered: a crisis gets the numbers and the
            // news that the advisers were warned, other messages a receipt until an adviser
            // has joined (then the adviser answers).
            if verdict.urgent {
                self.say("urgent-answer");
                self.say("waiting-crisis");
                self.mark_urgent();
            } else if !self.s.receipted && !self.s.adviser_joined {
                self.say(if self.ctx.desk.advisers {
                    "waiting-noted"
                } else {
                    "escalated-nobody"
                });
                self.s.receipted = true;
            }
            self.effects.push(Effect::ToAdviser {
                text: text.to_string(),
                urgent: verdict.urgent,
                crisis: verdict.crisis,
            });
            return;
        }
        // The choices shown come first; then the words that work as commands.
        let chosen = self.match_choice(text);
        if chosen == Match::None
            && let Some(cmd) = self.command_word(text)
        {
            return self.command(cmd, None);
        }
        if let Some(rule) = self.date_question() {
            return self.date_answer(raw.trim(), rule);
        }
        self.in_state(text, &verdict, chosen);
        self.maybe_offer_languages(verdict.lang.as_deref());
    }

    /// A text read against what the parent is being asked now.
    fn in_state(&mut self, text: &str, verdict: &Verdict, chosen: Match) {
        match self.s.state.clone() {
            State::Idle
            | State::AfterAnswer { .. }
            | State::Menu
            | State::Ask { .. }
            | State::FollowUpConsent { .. }
            | State::FollowUp { .. }
            | State::FollowUpOffer { .. } => match chosen {
                Match::One(i) => self.choose(i),
                Match::Unclear => self.unclear(),
                Match::None => self.route(verdict),
            },
            State::Language { .. } => match chosen {
                Match::One(i) => self.choose(i),
                Match::Unclear => self.unclear(),
                Match::None => self.show_current(),
            },
            State::Flow { flow, node } => {
                let Some(kind) = self.node_kind(&flow, &node) else {
                    return self.lost();
                };
                match kind {
                    Kind::Ask(ask) => {
                        if ask.pattern.as_ref().is_none_or(|p| p.is_match(text)) {
                            self.s.answers.push(Answer {
                                flow: flow.clone(),
                                question: self.node_say(&flow, &node),
                                answer: text.chars().take(200).collect(),
                                typed: true,
                            });
                            self.enter(&flow, &ask.goto);
                        } else {
                            self.say(&ask.invalid);
                        }
                    }
                    _ => match chosen {
                        Match::One(i) => self.choose(i),
                        Match::Unclear => self.unclear(),
                        // A new problem typed mid-flow: follow the parent rather than insist.
                        Match::None => match &verdict.flow {
                            Some(other) if *other != flow && self.cat().flows.contains_key(other) => self.start_flow(other),
                            _ => {
                                self.choose_prompt();
                                self.show_current();
                            }
                        },
                    },
                }
            }
            // Handled above, before the state is looked at.
            State::WithAdviser => {}
        }
    }

    /// Goes where the parent's words point: a clear topic, a short question between the close
    /// ones, or the menu.
    fn route(&mut self, verdict: &Verdict) {
        let known: Vec<String> = verdict
            .candidates
            .iter()
            .filter(|t| self.cat().flows.contains_key(*t))
            .cloned()
            .collect();
        match &verdict.flow {
            Some(flow) if self.cat().flows.contains_key(flow) => self.start_flow(flow),
            _ if known.len() >= 2 => {
                self.s.state = State::Ask { topics: known };
                self.show_current();
            }
            _ => {
                self.say("not-understood");
                self.show_menu();
            }
        }
    }

    fn command(&mut self, cmd: Command, arg: Option<&str>) {
        match cmd {
            Command::Start => {
                // Deep links: /start nl_suspension opens a flow in a language.
                let (lang, topic) = match arg.and_then(|a| a.split_once('_')) {
                    Some((l, t)) => (Some(l), Some(t)),
                    None => (arg, None),
                };
                if let Some(l) = lang.filter(|l| self.cat().locales.has(l)) {
                    self.s.lang = Some(l.to_string());
                    self.s.lang_source = LangSource::Chosen;
                }
                let topic = topic.or(lang).filter(|t| self.cat().flows.contains_key(*t)).map(str::to_string);
                self.greet();
                match topic {
                    Some(t) => self.start_flow(&t),
                    None => self.show_menu(),
                }
            }
            Command::Menu => {
                self.greet();
                self.show_menu();
            }
            Command::Back => {
                self.greet();
                self.go_back();
            }
            Command::Language => {
                if let Some(l) = arg.map(str::to_lowercase).filter(|l| self.cat().locales.has(l)) {
                    self.s.lang = Some(l);
                    self.s.lang_source = LangSource::Chosen;
                    self.say("language-set");
                    return;
                }
                let back = match std::mem::take(&mut self.s.state) {
                    State::Language { back } => back,
                    other => Box::new(other),
                };
                self.s.state = State::Language { back };
                self.show_current();
            }
            Command::Stop => {
                if self.s.state == State::WithAdviser {
                    self.effects.push(Effect::ParentLeft);
                }
                self.s.state = State::Idle;
                self.s.answers.clear();
                self.s.tags.clear();
                self.s.facts.clear();
                self.s.deadline = None;
                self.say("stopped");
            }
            Command::Help => self.say("help"),
            Command::Adviser => {
                self.greet();
                if self.s.state != State::WithAdviser {
                    let topic = self.current_flow().unwrap_or_else(|| "adviser".into());
                    self.escalate(Priority::Normal, &topic, None, None);
                }
            }
            Command::Forget => {
                self.effects.push(Effect::Forget);
                self.s = Session {
                    lang: self.s.lang.clone(),
                    ..Session::default()
                };
            }
            Command::MyData => self.effects.push(Effect::MyData),
            Command::Unknown => self.say("unknown-command"),
        }
    }

    fn choose(&mut self, index: usize) {
        match self.s.state.clone() {
            State::Idle | State::Menu => match self.cat().topics.get(index).cloned() {
                Some(t) => self.start_flow(&t),
                None => self.invalid_choice(),
            },
            State::Ask { topics } => match topics.get(index) {
                Some(t) => self.start_flow(&t.clone()),
                // "Something else": the whole menu.
                None if index == topics.len() => self.show_menu(),
                None => self.invalid_choice(),
            },
            State::Language { back } => match self.cat().locales.codes().nth(index).map(str::to_string) {
                Some(code) => {
                    self.s.lang = Some(code);
                    self.s.lang_source = LangSource::Chosen;
                    self.s.state = *back;
                    self.say("language-set");
                    self.show_current();
                }
                None => self.invalid_choice(),
            },
            State::Flow { flow, node } => {
                let Some(kind) = self.node_kind(&flow, &node) else {
                    return self.lost();
                };
                let Kind::Choices(choices) = kind else {
                    return self.invalid_choice();
                };
                let Some(choice) = choices.get(index) else {
                    return self.invalid_choice();
                };
                self.s.answers.push(Answer {
                    flow: flow.clone(),
                    question: self.node_say(&flow, &node),
                    answer: choice.label.clone(),
                    typed: false,
                });
                if let Some(tag) = &choice.tag {
                    self.s.tags.push(tag.clone());
                }
                if let Some(region) = &choice.region {
                    self.s.region = Some(region.clone());
                }
                if let Some(need) = choice.need {
                    self.s.need = Some(need);
                }
                self.s.facts.extend(choice.set.clone());
                self.follow(&flow, &choice.target);
            }
            State::AfterAnswer { flow, node } => {
                let offers = self.offers(&flow, node.as_deref());
                match index.checked_sub(offers.len()) {
                    None => {
                        let (label, goto) = offers[index].clone();
                        self.s.answers.push(Answer {
                            flow: flow.clone(),
                            question: "after-answer".into(),
                            answer: label,
                            typed: false,
                        });
                        self.enter(&flow, &goto);
                    }
                    Some(0) => self.escalate(Priority::Normal, &flow, None, None),
                    Some(1) => self.show_menu(),
                    Some(i) => match self.extras(&flow).get(i - 2) {
                        Some(extra) => self.extra(&flow, *extra),
                        None => self.invalid_choice(),
                    },
                }
            }
            State::FollowUpConsent { topic } => match index {
                0 => self.schedule_followup(&topic),
                1 => {
                    self.s.state = State::Idle;
                    self.say("followup-thanks");
                }
                _ => self.invalid_choice(),
            },
            State::FollowUp { topic } => match crate::core::ids::BackAtSchool::ALL.get(index) {
                Some(answer) => self.followup_answer(&topic, *answer),
                None => self.invalid_choice(),
            },
            State::FollowUpOffer { topic } => match index {
                0 => self.escalate(Priority::High, &topic, None, None),
                1 => self.show_menu(),
                _ => self.invalid_choice(),
            },
            State::WithAdviser => {}
        }
    }

    pub(super) fn invalid_choice(&mut self) {
        self.choose_prompt();
        self.show_current();
    }

    /// The state refers to a flow or node that no longer exists (flows changed): start over.
    fn lost(&mut self) {
        self.s.state = State::Idle;
        self.show_menu();
    }

    fn node_kind(&self, flow: &str, node: &str) -> Option<Kind> {
        self.cat().flows.get(flow)?.nodes.get(node).map(|n| n.kind.clone())
    }

    fn node_say(&self, flow: &str, node: &str) -> String {
        self.cat().flows[flow].nodes[node].say.clone()
    }

    fn current_flow(&self) -> Option<String> {
        self.s.state.flow().map(str::to_string)
    }

    fn start_flow(&mut self, flow: &str) {
        let start = self.cat().flows[flow].start.clone();
        self.enter(flow, &start);
    }

    /// Goes where a choice leads.
    fn follow(&mut self, flow: &str, target: &Target) {
        match target {
            Target::Node(n) => self.enter(flow, n),
            Target::Flow(f) => self.start_flow(f),
            Target::Escalate(p) => self.escalate(*p, flow, None, None),
        }
    }

    pub(super) fn enter(&mut self, flow: &str, node: &str) {
        let Some(n) = self.cat().flows.get(flow).and_then(|f| f.nodes.get(node)).cloned() else {
            return self.lost();
        };
        // A question asked once (the region, the support need) is not asked again.
        let region = self.s.region.as_deref().or(self.ctx.default_region);
        if let (Some(i), Kind::Choices(cs)) = (n.known_choice(region, self.s.need), &n.kind) {
            return self.follow(flow, &cs[i].target);
        }
        self.s.state = State::Flow {
            flow: flow.into(),
            node: node.into(),
        };
        let mut text = self.t(&n.say);
        match n.kind {
            Kind::Choices(cs) => {
                let labels = cs.iter().map(|c| self.t(&c.label)).collect();
                self.say_text(text, labels);
            }
            Kind::Ask(_) => self.say_text(text, vec![]),
            Kind::End {
                sources, letter, deadline, ..
            } => {
                let vars = self.answer_vars(deadline.as_ref());
                if !vars.is_empty() {
                    text = self.t_with(&n.say, vars);
                }
                if !sources.is_empty() {
                    text.push('\n');
                }
                for url in &sources {
                    text.push('\n');
                    text.push_str(&self.cat().locales.text(&self.lang(), "source-line", &[("url", url.clone())]));
                }
                self.say_text(text, vec![]);
                if let Some(l) = letter {
                    self.letter(&l, deadline.as_ref());
                }
                self.s.state = State::AfterAnswer {
                    flow: flow.into(),
                    node: Some(node.into()),
                };
                self.show_current();
            }
            Kind::Escalate(p) => {
                self.say_text(text, vec![]);
                self.escalate(p, flow, None, None);
            }
        }
    }

    pub(super) fn escalate(&mut self, asked: Priority, topic: &str, message: Option<&str>, crisis: Option<CrisisKind>) {
        let priority = self.ctx.rules.priority(asked, &self.s.tags);
        self.effects.push(Effect::OpenTicket {
            topic: topic.to_string(),
            lang: self.lang(),
            priority,
            summary: self.s.answers.clone(),
            message: message.map(str::to_string),
            crisis,
            need: self.s.need,
        });
        self.s.state = State::WithAdviser;
        self.s.adviser_joined = false;
        self.s.receipted = false;
        self.promise(priority);
    }

    /// Tells the parent honestly when an adviser will answer: within the deadline while the
    /// office is open, from the next opening time when it is closed, and plainly that nobody
    /// will when no adviser works with this bot (with where else to go).
    fn promise(&mut self, priority: Priority) {
        let desk = self.ctx.desk.clone();
        let lang = self.lang();
        let t = |id: &str, args: &[(&str, String)]| self.cat().locales.text(&lang, id, args);
        let text = if !desk.advisers {
            t("escalated-nobody", &[])
        } else if let (false, Some((day, time))) = (desk.open, &desk.opens) {
            t("escalated-closed", &[("day", t(day, &[])), ("time", time.clone())])
        } else {
            let minutes = self.ctx.rules.sla_minutes(priority);
            let within = match minutes {
                m if m < 120 => t("within-minutes", &[("n", m.to_string())]),
                m if m < 48 * 60 => t("within-hours", &[("n", (m / 60).to_string())]),
                m => t("within-days", &[("n", (m / (24 * 60)).to_string())]),
            };
            let id = if priority == Priority::Urgent {
                "escalated-urgent"
            } else {
                "escalated"
            };
            t(id, &[("within", within)])
        };
        self.say_text(text, vec![]);
    }

    pub(super) fn show_menu(&mut self) {
        self.s.state = State::Menu;
        self.show_current();
    }

    /// Shows again what the parent is being asked now.
    pub(super) fn show_current(&mut self) {
        if let State::Flow { flow, node } = self.s.state.clone() {
            // Ask again without re-running end or escalate side effects.
            return match self.cat().flows.get(&flow).and_then(|f| f.nodes.get(&node)) {
                Some(n) if matches!(n.kind, Kind::Choices(_) | Kind::Ask(_)) => self.enter(&flow, &node),
                _ => self.lost(),
            };
        }
        if let Some((text, labels)) = self.prompt() {
            self.say_text(text, labels);
        }
    }

    /// The choice the typed text names: its number (digits or a number word in the parent's
    /// language, English or Dutch), its label or a word only its label has.
    fn match_choice(&self, text: &str) -> Match {
        let labels = self.prompt().map(|(_, labels)| labels).unwrap_or_default();
        let words = &self.cat().words;
        let lang = self.lang();
        let numbers = [lang.as_str(), "en", "nl"].map(|l| words.list(l, "words-numbers"));
        // In Idle the menu has not been shown: only its number or a whole title count.
        choice::read(text, &labels, &numbers, self.s.state != State::Idle)
    }
}
