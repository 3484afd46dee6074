//! What the parent is being asked in each state: one place builds the question and its choice
//! labels, for showing them again and for matching a typed answer against them.

use super::State;
use super::turn::Turn;
use crate::core::flow::Kind;

impl Turn<'_> {
    /// The question and choice labels of the current state, in the parent's language; None
    /// when nothing is being asked.
    pub(super) fn prompt(&self) -> Option<(String, Vec<String>)> {
        let cat = self.cat();
        match &self.s.state {
            State::Idle | State::Menu => {
                let labels = cat.topics.iter().map(|t| self.t(&cat.flows[t].title)).collect();
                Some((self.t("menu-prompt"), labels))
            }
            State::Ask { topics } => {
                let mut labels: Vec<String> = topics.iter().filter_map(|t| cat.flows.get(t)).map(|f| self.t(&f.title)).collect();
                labels.push(self.t("ask-topic-other"));
                Some((self.t("ask-topic"), labels))
            }
            State::Language { .. } => {
                let names = cat.locales.codes().map(|c| cat.locales.text(c, "language-name", &[])).collect();
                Some((self.t("language-prompt"), names))
            }
            State::Flow { flow, node } => {
                let n = cat.flows.get(flow)?.nodes.get(node)?;
                let labels = match &n.kind {
                    Kind::Choices(cs) => cs.iter().map(|c| self.t(&c.label)).collect(),
                    _ => vec![],
                };
                Some((self.t(&n.say), labels))
            }
            State::AfterAnswer { flow, node } => {
                let mut labels: Vec<String> = self.offers(flow, node.as_deref()).iter().map(|(l, _)| self.t(l)).collect();
                labels.extend([self.t("common-c-adviser"), self.t("common-c-menu")]);
                labels.extend(self.extras(flow).iter().map(|e| self.t(e.label())));
                Some((self.t("after-answer"), labels))
            }
            State::FollowUpConsent { .. } => Some((
                self.t("followup-ask"),
                vec![self.t("followup-c-consent-yes"), self.t("followup-c-consent-no")],
            )),
            State::FollowUp { .. } => Some((
                self.t("followup-question"),
                ["followup-c-yes", "followup-c-partly", "followup-c-no", "followup-c-unsaid"]
                    .map(|id| self.t(id))
                    .to_vec(),
            )),
            State::FollowUpOffer { .. } => Some((
                self.t("followup-offer-adviser"),
                vec![self.t("common-c-adviser"), self.t("common-c-menu")],
            )),
            State::WithAdviser => None,
        }
    }
}
