//! Six months of desk activity for the demo, played in time order through the
//! product's own use cases with a moving clock: customers registering, tickets
//! opened, assigned, worked, waiting for parts, resolved, called back and
//! reopened; complaints planned late or in time and escalated; parts used,
//! reordered, received, counted and scrapped; incidents and drills; the SLA
//! check running twice a working day. Nothing is written around the rules.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, HashSet};

use jiff::Timestamp;
use jiff::civil::Date;
use rusqlite::Transaction;

use super::{PRODUCTS, REGIONS, Rng, STAFF, person_name};
use crate::domain::callback::Outcome;
use crate::domain::time;
use crate::error::Result;
use crate::ops::customer::{self, CustomerInput, PurchaseInput};
use crate::ops::{Env, callback, complaint, cost, incident, parts, po, sla, ticket};
use crate::policy::Loaded;
use crate::store;

const HOUR: i64 = 3600;
const DAY: i64 = 86_400;

/// What happens next to a ticket.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Step {
    Assign,
    Cancel,
    Respond,
    Visit,
    Start,
    Work,
    Resume,
    Return,
    Resolve,
    Redo,
}

/// What happens next to a complaint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum CStep {
    Investigate,
    Escalate,
    Plan,
    Resolve,
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Action {
    /// Plan the arrivals and routines of one day.
    Day(Date),
    NewCustomer,
    OpenTicket,
    Ticket(i64, Step),
    OpenComplaint,
    Complaint(i64, CStep),
    /// The satisfaction call about a ticket or complaint (`T-3`, `C-2`).
    Call(String),
    SlaCheck,
    Reorder,
    SendPo(i64),
    ReceivePo(i64),
    Stocktake,
    Scrap,
    DeclareIncident,
    CloseIncident(i64),
    Drill,
    CloseDrill(i64),
    NewPart,
}

/// How one ticket will go, decided when it is opened.
struct TicketPlan {
    customer: String,
    customer_name: String,
    category: String,
    product: String,
    kind: String,
    mode: String,
    engineer: String,
    part: Option<&'static str>,
    wait_customer: bool,
    late_response: bool,
    slow: bool,
    reopened: bool,
}

struct ComplaintPlan {
    customer: String,
    late_plan: bool,
    escalate: bool,
    compensation: Option<u32>,
    major: bool,
    reopened: bool,
}

struct Customer {
    id: String,
    name: String,
    /// (model, serial) of each purchase.
    purchases: Vec<(String, String)>,
}

/// The part a repair of this category on this model takes, if any.
fn part_for(category: &str, model: &str) -> Option<&'static str> {
    match (category, model) {
        ("noise", "AT-100" | "AT-200") => Some("FAN-AT1"),
        ("display" | "software", "AT-200") => Some("PCB-AT2"),
        ("overheat", "AT-100" | "AT-200") => Some("FLT-HEPA"),
        ("no_power" | "overheat", "WH-50") => Some("HTR-WH50"),
        ("leak", "WH-50") => Some("VLV-WH50"),
        ("noise" | "missing_parts", "RC-8") => Some("BRS-RC8"),
        ("leak", "KB-1") => Some("FLT-KB1"),
        ("no_power" | "display", "TV-55") => Some("PSU-TV55"),
        _ => None,
    }
}

/// The faults each model shows, the first ones most often.
fn categories_of(model: &str) -> &'static [&'static str] {
    match model {
        "AT-100" => &[
            "noise",
            "no_power",
            "overheat",
            "physical_damage",
            "missing_parts",
        ],
        "AT-200" => &["noise", "display", "software", "overheat", "no_power"],
        "WH-50" => &["leak", "no_power", "overheat", "install"],
        "FR-300" => &["noise", "leak", "no_power", "display", "install"],
        "TV-55" => &[
            "display",
            "software",
            "no_power",
            "install",
            "physical_damage",
        ],
        "RC-8" => &["software", "noise", "no_power", "missing_parts"],
        "KB-1" => &["leak", "install", "missing_parts"],
        _ => &["noise", "no_power"],
    }
}

fn description(category: &str, i: u64) -> &'static str {
    let d: &[&str] = match category {
        "no_power" => &[
            "插电后电源指示灯不亮，按开关没有任何反应",
            "使用中突然断电，重新插电后仍然无法开机",
            "遥控和面板按键都无法开机，家里其他电器供电正常",
        ],
        "noise" => &[
            "运行时风扇有明显咔咔异响，夜间尤其明显",
            "开机后持续发出嗡嗡低频噪音，比刚买时大很多",
            "转动部件摩擦声大，调到最低档也能听到",
        ],
        "leak" => &[
            "机身底部漏水，每天地面积水约一小杯",
            "进水管接口处渗水，拧紧后仍有水滴",
            "关闭出水口后仍持续滴水，接水盘很快满",
        ],
        "display" => &[
            "显示屏出现横向条纹，画面持续闪烁",
            "面板数字显示缺笔画，看不清设定温度",
            "开机后背光亮但屏幕没有画面",
        ],
        "overheat" => &[
            "运行半小时后机身外壳发烫，有焦糊气味",
            "电源适配器使用时温度过高，手摸烫手",
            "温度超过设定值后频繁触发过热保护断电",
        ],
        "install" => &[
            "新购产品需要上门安装，客户希望周末上午安装",
            "需要安装壁挂支架并调试，墙面为石膏板",
            "搬家后需要拆装移机并重新调试",
        ],
        "physical_damage" => &[
            "收货时外壳右侧有明显裂痕，包装箱有挤压痕迹",
            "屏幕边框磕碰变形，左下角有碎裂",
            "底座支撑脚断裂，机身放不稳",
        ],
        "missing_parts" => &[
            "开箱后发现缺少遥控器和说明书",
            "配件包里少了两颗固定螺丝和安装支架",
            "缺少边刷和充电座电源线",
        ],
        "software" => &[
            "手机 APP 无法连接设备，配网一直失败",
            "固件升级到一半中断，之后无法进入系统",
            "定时功能设置后不生效，重启后设置丢失",
        ],
        _ => &["客户描述：设备运行时指示灯闪烁并报错 E3"],
    };
    d[(i % d.len() as u64) as usize]
}

fn resolution(category: &str, with_part: bool) -> &'static str {
    match (category, with_part) {
        (_, true) => "更换故障配件后试机 30 分钟运行正常，已向客户演示",
        ("install", _) => "已按规范完成安装和调试，向客户讲解使用和保养方法",
        ("software", _) => "远程协助重新配网并升级固件，功能恢复正常",
        ("missing_parts", _) => "已补发缺少的配件，客户确认收到并安装完成",
        ("physical_damage", _) => "更换破损外壳部件，外观与功能检查合格",
        _ => "排查后清洁并重新紧固内部部件，复测各项功能正常",
    }
}

/// Complaint texts per category: description, demand.
fn complaint_text(category: &str, major: bool) -> (&'static str, &'static str) {
    if major {
        return (
            "使用时电源适配器冒烟并有焦味，家里有小孩，客户非常担心安全",
            "要求全额退款并书面说明原因",
        );
    }
    match category {
        "late_delivery" => (
            "订单承诺三天送达，已超过一周仍未收到货",
            "要求尽快送达并补偿运费",
        ),
        "not_as_described" => ("实际运行噪音明显高于页面标称的 35 分贝", "要求退货"),
        "quality" => ("使用不到一个月两次出现同样故障，维修后仍复发", "要求换新机"),
        "damaged" => ("收到时外包装破损，机身侧面有明显划痕", "要求换货"),
        "missing_parts" => ("多次反映缺少配件，一直没有补发", "要求三天内补发配件"),
        "wrong_item" => ("下单的是白色款，收到的是黑色款", "要求换成白色款"),
        "courier" => (
            "快递员未经同意把货放在小区门口，包装被雨淋湿",
            "要求道歉并检查产品",
        ),
        "online_redeem" => ("线上兑换的延保服务两周了仍未生效", "要求立即开通延保"),
        "service_attitude" => ("上门工程师迟到两小时且没有提前通知", "要求道歉并说明原因"),
        "subjective" => ("觉得产品颜色与宣传图差距较大", "希望退货"),
        _ => ("客户对处理结果不满意，要求主管回电", "要求主管回电"),
    }
}

pub struct Sim<'a> {
    tx: &'a Transaction<'a>,
    policy: &'a Loaded,
    rng: Rng,
    queue: BinaryHeap<Reverse<(i64, u64, Action)>>,
    seq: u64,
    end: i64,
    customers: Vec<Customer>,
    tickets: BTreeMap<i64, TicketPlan>,
    complaints: BTreeMap<i64, ComplaintPlan>,
    /// How many unfinished tickets (or complaints) each (customer, category) pair
    /// has: while any, the duplicate rule applies and the customer chases instead.
    open_pairs: BTreeMap<(String, String), u32>,
    waiting_parts: BTreeMap<String, Vec<i64>>,
    incident: Option<i64>,
    serial: u64,
    /// Sources whose customer never answers the satisfaction call.
    unreachable: HashSet<String>,
    working_days: u64,
}

impl<'a> Sim<'a> {
    pub fn new(tx: &'a Transaction<'a>, policy: &'a Loaded, rng: Rng, end: i64) -> Sim<'a> {
        Sim {
            tx,
            policy,
            rng,
            queue: BinaryHeap::new(),
            seq: 0,
            end,
            customers: Vec::new(),
            tickets: BTreeMap::new(),
            complaints: BTreeMap::new(),
            open_pairs: BTreeMap::new(),
            waiting_parts: BTreeMap::new(),
            incident: None,
            serial: 0,
            unreachable: HashSet::new(),
            working_days: 0,
        }
    }

    fn hold(&mut self, pair: (String, String)) {
        *self.open_pairs.entry(pair).or_default() += 1;
    }

    fn release(&mut self, pair: (String, String)) {
        if let Some(n) = self.open_pairs.get_mut(&pair) {
            *n -= 1;
            if *n == 0 {
                self.open_pairs.remove(&pair);
            }
        }
    }

    fn env(&self, at: i64, actor: &'a str) -> Env<'a> {
        Env {
            policy: self.policy,
            now: at,
            actor,
        }
    }

    fn at(&mut self, t: i64, a: Action) {
        if t <= self.end {
            self.seq += 1;
            self.queue.push(Reverse((t, self.seq, a)));
        }
    }

    fn date(&self, t: i64) -> Date {
        time::zoned(t, self.policy.tz()).date()
    }

    fn clock(&self, d: Date, h: i64, m: i64) -> i64 {
        time::start_of_day(d, self.policy.tz()) + h * HOUR + m * 60
    }

    /// `minutes` business minutes after `t` on the policy calendar.
    fn bh(&self, t: i64, minutes: i64) -> i64 {
        let ts = Timestamp::from_second(t).unwrap_or(Timestamp::UNIX_EPOCH);
        self.policy
            .calendar
            .add_business_minutes(ts, minutes)
            .as_second()
    }

    /// The `n`-th working day after `t`'s date (n ≥ 1).
    fn working_day_after(&self, t: i64, n: u64) -> Date {
        let mut d = self.date(t);
        let mut seen = 0;
        while seen < n {
            d = d.tomorrow().unwrap_or(d);
            if self.policy.calendar.is_working_day(d) {
                seen += 1;
            }
        }
        d
    }

    /// A time in working hours on the `n`-th working day after `t`.
    fn later_working(&mut self, t: i64, n: u64) -> i64 {
        let d = self.working_day_after(t, n);
        let m = self.rng.below(7 * 60) as i64;
        self.clock(d, 9, 30) + m * 60
    }

    fn pick_engineer(&mut self, category: &str) -> &'static str {
        let skilled: Vec<&'static str> = STAFF
            .iter()
            .filter(|s| s.2 == "engineer" && s.3.split(',').any(|k| k == category))
            .map(|s| s.0)
            .collect();
        if skilled.is_empty() {
            "liugong"
        } else {
            skilled[self.rng.below(skilled.len() as u64) as usize]
        }
    }

    /// Register a customer at `t` with one or two purchases made before it.
    fn register_customer(&mut self, t: i64, past_purchase_days: u64) -> Result<()> {
        let env = self.env(t, "xiaoli");
        let (region, street) = *self.rng.pick(REGIONS);
        let name = person_name(&mut self.rng);
        let i = self.customers.len();
        let c = customer::add(
            self.tx,
            &env,
            CustomerInput {
                name: Some(name.clone()),
                phone: Some(format!(
                    "13{}{:08}",
                    5 + self.rng.below(5),
                    self.rng.below(100_000_000)
                )),
                email: (i % 3 == 0).then(|| format!("user{i}@example.com")),
                address: Some(format!("{street}{}号", 1 + self.rng.below(300))),
                region: Some(region.to_string()),
                ..CustomerInput::default()
            },
        )?;
        let today = self.date(t);
        let mut purchases = Vec::new();
        for k in 0..(1 + self.rng.below(2)) {
            let (model, ..) = *self.rng.pick(PRODUCTS);
            let back = if k == 0 {
                1 + self.rng.below(past_purchase_days.max(2)) as i64
            } else {
                30 + self.rng.below(300) as i64
            };
            let purchased = today
                .checked_sub(jiff::Span::new().days(back))
                .unwrap_or(today);
            let received = purchased
                .checked_add(jiff::Span::new().days(1 + self.rng.below(4) as i64))
                .unwrap_or(purchased)
                .min(today);
            let value =
                [199.0, 299.0, 459.0, 599.0, 880.0, 1299.0, 2599.0][self.rng.below(7) as usize];
            self.serial += 1;
            let serial = format!("{model}-{:06}", 100_000 + self.serial * 7919 % 900_000);
            customer::add_purchase(
                self.tx,
                &env,
                PurchaseInput {
                    customer: c.id.clone(),
                    product: model.to_string(),
                    serial: Some(serial.clone()),
                    qty: None,
                    value: value.to_string(),
                    purchased: purchased.to_string(),
                    received: Some(received.to_string()),
                    order: Some(format!(
                        "DD{}{:04}",
                        purchased.strftime("%Y%m%d"),
                        self.rng.below(10_000)
                    )),
                },
            )?;
            purchases.push((model.to_string(), serial));
        }
        self.customers.push(Customer {
            id: c.id,
            name,
            purchases,
        });
        Ok(())
    }

    /// Play everything from `start` to the end.
    pub fn run(&mut self, start: i64) -> Result<()> {
        // The customers the desk already had, registered over the year before.
        let mut first: Vec<i64> = (0..60)
            .map(|_| start - (1 + self.rng.below(400) as i64) * DAY)
            .collect();
        first.sort_unstable();
        for t in first {
            let d = self.date(t);
            let t = self.clock(d, 10, 0) + self.rng.below(6 * 60) as i64 * 60;
            self.register_customer(t, 60)?;
        }
        let day0 = self.date(start);
        self.at(self.clock(day0, 0, 5), Action::Day(day0));
        // Emergencies: a product failure some weeks before the end, drills earlier and later.
        let incident_at = self.clock(self.date(self.end - 48 * DAY), 10, 30);
        self.at(incident_at, Action::DeclareIncident);
        let d1 = self.working_day_after(start + 40 * DAY, 1);
        let d2 = self.working_day_after(self.end - 36 * DAY, 1);
        for d in [d1, d2] {
            let t = self.clock(d, 14, 0);
            self.at(t, Action::Drill);
        }
        let new_part = self.clock(self.working_day_after(self.end - 4 * DAY, 1), 11, 0);
        self.at(new_part.min(self.end - HOUR), Action::NewPart);
        while let Some(Reverse((t, _, a))) = self.queue.pop() {
            self.act(t, a)?;
        }
        Ok(())
    }

    fn act(&mut self, t: i64, a: Action) -> Result<()> {
        match a {
            Action::Day(d) => self.plan_day(d),
            Action::NewCustomer => self.register_customer(t, 20),
            Action::OpenTicket => self.open_ticket(t),
            Action::Ticket(id, step) => self.ticket_step(t, id, step),
            Action::OpenComplaint => self.open_complaint(t),
            Action::Complaint(id, step) => self.complaint_step(t, id, step),
            Action::Call(source) => self.call(t, &source),
            Action::SlaCheck => {
                let env = self.env(t, "zhangzg");
                let mut rows = sla::check(self.tx, &env, &sla::Kind::ALL)?;
                sla::apply(self.tx, &env, &mut rows)?;
                Ok(())
            }
            Action::Reorder => self.reorder(t),
            Action::SendPo(id) => {
                po::send(self.tx, &self.env(t, "chenjl"), &po::po_id(id))?;
                Ok(())
            }
            Action::ReceivePo(id) => self.receive(t, id),
            Action::Stocktake => self.stocktake(t),
            Action::Scrap => self.scrap(t),
            Action::DeclareIncident => {
                let env = self.env(t, "chenjl");
                let i = incident::declare(
                    self.tx,
                    &env,
                    incident::NewIncident {
                        title: "AT-200 电源适配器批量过热".into(),
                        kind: "product_failure".into(),
                        product: Some("AT-200".into()),
                        region: None,
                        drill: false,
                    },
                )?;
                self.incident = Some(i.id);
                let close = self.later_working(t, 12);
                self.at(close, Action::CloseIncident(i.id));
                Ok(())
            }
            Action::CloseIncident(id) => {
                self.incident = None;
                incident::close(
                    self.tx,
                    &self.env(t, "chenjl"),
                    &format!("INC-{id}"),
                    "更换同批次适配器，已联系全部受影响客户，供应商完成整改",
                )?;
                Ok(())
            }
            Action::Drill => {
                let env = self.env(t, "chenjl");
                let i = incident::declare(
                    self.tx,
                    &env,
                    incident::NewIncident {
                        title: "暴雨致产品进水批量报修应急演练".into(),
                        kind: "disaster".into(),
                        product: None,
                        region: Some("深圳".into()),
                        drill: true,
                    },
                )?;
                self.at(t + 3 * HOUR, Action::CloseDrill(i.id));
                Ok(())
            }
            Action::CloseDrill(id) => {
                incident::close(
                    self.tx,
                    &self.env(t, "chenjl"),
                    &format!("INC-{id}"),
                    "演练完成：30 分钟内组建应急小组，客户名单导出及时；备件调拨流程需优化",
                )?;
                Ok(())
            }
            Action::NewPart => self.new_part(t),
        }
    }

    /// A day's arrivals and routines.
    fn plan_day(&mut self, d: Date) -> Result<()> {
        let working = self.policy.calendar.is_working_day(d);
        let next = d.tomorrow().unwrap_or(d);
        let next_t = self.clock(next, 0, 5);
        self.at(next_t, Action::Day(next));
        let arrivals = if working {
            2 + self.rng.below(2)
        } else {
            self.rng.below(2)
        };
        for _ in 0..arrivals {
            let t = self.clock(d, 9, 0) + self.rng.below(9 * 60) as i64 * 60;
            self.at(t, Action::OpenTicket);
        }
        if working {
            if self.rng.chance(30) {
                let t = self.clock(d, 10, 0) + self.rng.below(6 * 60) as i64 * 60;
                self.at(t, Action::NewCustomer);
            }
            // A complaint every third working day, and now and then one more.
            self.working_days += 1;
            if self.working_days % 3 == 0 || self.rng.chance(12) {
                let t = self.clock(d, 9, 30) + self.rng.below(8 * 60) as i64 * 60;
                self.at(t, Action::OpenComplaint);
            }
            for (h, m) in [(9, 30), (16, 30)] {
                let t = self.clock(d, h, m);
                self.at(t, Action::SlaCheck);
            }
            if d.weekday() == jiff::civil::Weekday::Monday {
                let t = self.clock(d, 10, 0);
                self.at(t, Action::Reorder);
            }
            if d.day() <= 7 && d.weekday() == jiff::civil::Weekday::Friday {
                let t = self.clock(d, 17, 0);
                self.at(t, Action::Stocktake);
                let t = self.clock(d, 16, 0);
                self.at(t, Action::Scrap);
            }
        }
        Ok(())
    }

    fn open_ticket(&mut self, t: i64) -> Result<()> {
        if self.customers.is_empty() {
            return Ok(());
        }
        let ci = self.rng.below(self.customers.len() as u64) as usize;
        let pi = self.rng.below(self.customers[ci].purchases.len() as u64) as usize;
        let (model, serial) = self.customers[ci].purchases[pi].clone();
        let (cust, cust_name) = (
            self.customers[ci].id.clone(),
            self.customers[ci].name.clone(),
        );
        // The failing adapters of the incident bring AT-200 overheating tickets.
        let cats = categories_of(&model);
        let weights: Vec<u64> = (0..cats.len() as u64).map(|i| 5 - i.min(4)).collect();
        let total: u64 = weights.iter().sum();
        let mut roll = self.rng.below(total);
        let mut category = cats[0];
        for (c, w) in cats.iter().zip(&weights) {
            if roll < *w {
                category = c;
                break;
            }
            roll -= w;
        }
        if self.incident.is_some() && model == "AT-200" {
            category = "overheat";
        }
        if !self
            .policy
            .policy
            .tickets
            .categories
            .iter()
            .any(|c| c == category)
        {
            return Ok(());
        }
        let pair = (cust.clone(), category.to_string());
        let chase = self.open_pairs.contains_key(&pair);
        if chase && !self.rng.chance(40) {
            return Ok(());
        }
        let kind = match category {
            "install" => "install",
            _ if self.rng.chance(12) => "inquiry",
            _ => "repair",
        };
        let mode = match (kind, self.rng.below(100)) {
            ("inquiry", _) => "remote",
            ("install", _) => "onsite",
            (_, 0..=39) => "remote",
            (_, 40..=84) => "onsite",
            _ => "takeback",
        };
        let channel = match (
            self.policy.calendar.is_working_day(self.date(t)),
            self.rng.below(100),
        ) {
            (false, 0..=59) => "online",
            (false, _) => "email",
            (true, 0..=44) => "phone",
            (true, 45..=74) => "online",
            (true, 75..=84) => "email",
            _ => "visit",
        };
        let priority = match self.rng.below(100) {
            0..=9 => "low",
            10..=84 => "normal",
            85..=96 => "high",
            _ => "urgent",
        };
        let env = self.env(t, if t % 2 == 0 { "xiaoli" } else { "xiaowang" });
        let n = self.rng.next_u64();
        let opened = ticket::open(
            self.tx,
            &env,
            ticket::OpenInput {
                customer: cust.clone(),
                category: category.to_string(),
                description: description(category, n).to_string(),
                product: None,
                serial: Some(serial),
                priority: Some(priority.into()),
                channel: Some(channel.into()),
                mode: Some(mode.into()),
                kind: Some(kind.into()),
                force: false,
                chase,
            },
        )?;
        let t_new = match opened {
            ticket::Opened::New { ticket, .. } => ticket,
            ticket::Opened::Chased { .. } => return Ok(()),
        };
        let id = t_new.id;
        self.hold(pair);
        if let Some(inc) = self.incident
            && category == "overheat"
            && model == "AT-200"
        {
            incident::link(
                self.tx,
                &self.env(t + 600, "chenjl"),
                &format!("INC-{inc}"),
                &ticket::tid(id),
            )?;
        }
        let part = (kind == "repair")
            .then(|| part_for(category, &model))
            .flatten()
            .filter(|_| self.rng.chance(70));
        let plan = TicketPlan {
            customer: cust,
            customer_name: cust_name,
            category: category.to_string(),
            product: model,
            kind: kind.to_string(),
            mode: mode.to_string(),
            engineer: self.pick_engineer(category).to_string(),
            part,
            wait_customer: kind == "repair" && self.rng.chance(10),
            late_response: self.rng.chance(9),
            slow: self.rng.chance(12),
            reopened: false,
        };
        self.tickets.insert(id, plan);
        if self.rng.chance(3) {
            let at = t + (20 + self.rng.below(60) as i64) * 60;
            self.at(at, Action::Ticket(id, Step::Cancel));
            return Ok(());
        }
        let at = t + (5 + self.rng.below(50) as i64) * 60;
        self.at(at, Action::Ticket(id, Step::Assign));
        Ok(())
    }

    fn ticket_step(&mut self, t: i64, id: i64, step: Step) -> Result<()> {
        let tid = ticket::tid(id);
        let Some(p) = self.tickets.get(&id) else {
            return Ok(());
        };
        let engineer: &'static str = STAFF
            .iter()
            .find(|s| s.0 == p.engineer)
            .map_or("liugong", |s| s.0);
        let (mode, kind, part) = (p.mode.clone(), p.kind.clone(), p.part);
        let env = self.env(t, engineer);
        match step {
            Step::Cancel => {
                let (cust, cat) = (p.customer.clone(), p.category.clone());
                ticket::cancel(
                    self.tx,
                    &self.env(t, "xiaoli"),
                    &tid,
                    "客户来电说明是重复报修，已合并到之前的工单",
                )?;
                self.release((cust, cat));
            }
            Step::Assign => {
                ticket::assign(
                    self.tx,
                    &self.env(t, "zhangzg"),
                    &tid,
                    ticket::Assignee::To(engineer.to_string()),
                )?;
                let due = ticket::get(self.tx, &tid)?
                    .first_response_due
                    .unwrap_or(t + DAY);
                let at = if p.late_response {
                    due + (1 + self.rng.below(10) as i64) * HOUR
                } else {
                    let room = ((due - t) / 60 - 10).clamp(5, 180);
                    t + (5 + self.rng.below(room as u64) as i64) * 60
                };
                self.at(at, Action::Ticket(id, Step::Respond));
            }
            Step::Respond => {
                let text = match mode.as_str() {
                    "onsite" => "已电话联系客户确认故障现象，预约工程师上门检测",
                    "takeback" => "已联系客户，需要带回检测维修，约定取件时间",
                    _ => "已联系客户了解情况，正在远程协助排查",
                };
                ticket::note(self.tx, &env, &tid, text, false)?;
                if kind == "inquiry" {
                    let at = {
                        let m = 20 + self.rng.below(120) as i64;
                        self.bh(t, m)
                    };
                    self.at(at, Action::Ticket(id, Step::Resolve));
                } else if mode == "onsite" {
                    let visit = self.later_working(t, 1);
                    ticket::schedule(self.tx, &env, &tid, visit)?;
                    self.at(visit, Action::Ticket(id, Step::Visit));
                } else {
                    let at = {
                        let m = 10 + self.rng.below(90) as i64;
                        self.bh(t, m)
                    };
                    self.at(at, Action::Ticket(id, Step::Start));
                }
            }
            Step::Visit | Step::Start | Step::Redo => {
                ticket::start(self.tx, &env, &tid)?;
                if mode == "takeback" && step != Step::Redo {
                    ticket::handover(
                        self.tx,
                        &self.env(t + 1800, engineer),
                        &tid,
                        &format!("{} ×1，故障：{}，附电源线", p.product, p.category),
                    )?;
                    let back = {
                        let n = 2 + self.rng.below(3);
                        self.later_working(t, n)
                    };
                    self.at(back, Action::Ticket(id, Step::Return));
                } else {
                    let at = {
                        let m = 20 + self.rng.below(60) as i64;
                        self.bh(t, m)
                    };
                    self.at(at, Action::Ticket(id, Step::Work));
                }
            }
            Step::Return => {
                ticket::give_back(self.tx, &env, &tid)?;
                let at = t + (10 + self.rng.below(50) as i64) * 60;
                self.at(at, Action::Ticket(id, Step::Resolve));
            }
            Step::Work => {
                if let Some(sku) = part {
                    let stock = store::parts::get_part(self.tx, sku)?.map_or(0, |p| p.on_hand);
                    if stock < 1 {
                        ticket::wait(self.tx, &env, &tid, ticket::WaitFor::Parts, None)?;
                        ticket::note(
                            self.tx,
                            &self.env(t + 60, engineer),
                            &tid,
                            "所需配件暂时缺货，已安排采购，到货后第一时间为您维修",
                            false,
                        )?;
                        self.waiting_parts
                            .entry(sku.to_string())
                            .or_default()
                            .push(id);
                        return Ok(());
                    }
                    parts::use_on_ticket(self.tx, &env, sku, 1, &tid)?;
                }
                if self.tickets.get(&id).is_some_and(|p| p.wait_customer) {
                    if let Some(p) = self.tickets.get_mut(&id) {
                        p.wait_customer = false;
                    }
                    ticket::wait(self.tx, &env, &tid, ticket::WaitFor::Customer, None)?;
                    let at = {
                        let n = 1 + self.rng.below(2);
                        self.later_working(t, n)
                    };
                    self.at(at, Action::Ticket(id, Step::Resume));
                    return Ok(());
                }
                self.schedule_resolve(t, id)?;
            }
            Step::Resume => {
                ticket::resume(self.tx, &env, &tid)?;
                let at = {
                    let m = 10 + self.rng.below(30) as i64;
                    self.bh(t, m)
                };
                self.at(at, Action::Ticket(id, Step::Work));
            }
            Step::Resolve => self.resolve_ticket(t, id, engineer)?,
        }
        Ok(())
    }

    /// When the work is done: well before the resolve due time, or after it for slow ones.
    fn schedule_resolve(&mut self, t: i64, id: i64) -> Result<()> {
        let tk = ticket::get(self.tx, &ticket::tid(id))?;
        let due = tk.resolve_due.unwrap_or(t + 3 * DAY);
        let slow = self.tickets.get(&id).is_some_and(|p| p.slow);
        let at = if slow {
            due + (2 + self.rng.below(30) as i64) * HOUR
        } else {
            let work = {
                let m = 30 + self.rng.below(600) as i64;
                self.bh(t, m)
            };
            work.min(due - 20 * 60).max(t + 10 * 60)
        };
        self.at(at, Action::Ticket(id, Step::Resolve));
        Ok(())
    }

    fn resolve_ticket(&mut self, t: i64, id: i64, engineer: &'static str) -> Result<()> {
        let tid = ticket::tid(id);
        let Some(p) = self.tickets.get(&id) else {
            return Ok(());
        };
        let env = self.env(t, engineer);
        if p.mode != "remote" {
            ticket::sign(self.tx, &env, &tid, &p.customer_name)?;
        }
        let hours = match p.kind.as_str() {
            "inquiry" => 0.5,
            _ => [1.0, 1.5, 2.0, 2.5, 3.0, 4.0][self.rng.below(6) as usize],
        };
        let text = resolution(&p.category, p.part.is_some());
        let onsite = p.mode == "onsite";
        ticket::resolve(self.tx, &env, &tid, text, Some(hours))?;
        if onsite {
            let amount = 30 + self.rng.below(90);
            cost::add(
                self.tx,
                &env,
                &tid,
                "travel",
                amount as f64,
                Some("上门交通费"),
            )?;
        }
        let at = {
            let n = 1 + self.rng.below(3);
            self.later_working(t, n)
        };
        self.at(at, Action::Call(tid));
        Ok(())
    }

    /// The satisfaction call: most are satisfied, some not (the work goes back),
    /// some cannot be reached (another attempt the next working day).
    fn call(&mut self, t: i64, source: &str) -> Result<()> {
        let Some(cb) = store::callback::pending_for_source(self.tx, source)? else {
            return Ok(());
        };
        let reopened_before = match source.strip_prefix("T-").and_then(|n| n.parse().ok()) {
            Some(n) => self.tickets.get(&n).is_some_and(|p| p.reopened),
            None => source
                .strip_prefix("C-")
                .and_then(|n| n.parse().ok())
                .and_then(|n: i64| self.complaints.get(&n))
                .is_some_and(|p| p.reopened),
        };
        if cb.attempts == 0 && self.rng.chance(8) {
            self.unreachable.insert(source.to_string());
        }
        let roll = if self.unreachable.contains(source) {
            0
        } else {
            self.rng.below(100)
        };
        let (outcome, score) = match roll {
            _ if reopened_before && (12..85).contains(&roll) => (Outcome::Satisfied, Some(4)),
            0..=11 => (Outcome::Unreachable, None),
            12..=23 => (Outcome::Unsatisfied, Some(1 + self.rng.below(2) as i64)),
            24..=34 => (Outcome::Satisfied, Some(3 + self.rng.below(2) as i64)),
            _ => (Outcome::Satisfied, Some(4 + self.rng.below(2) as i64)),
        };
        let note = match outcome {
            Outcome::Satisfied => "客户表示问题已解决，对服务满意",
            Outcome::Unsatisfied => "客户反映问题仍然存在，要求再次处理",
            Outcome::Unreachable => "电话无人接听",
        };
        let actor = if t % 2 == 0 { "xiaoli" } else { "xiaowang" };
        let env = self.env(t, actor);
        let r = callback::record(
            self.tx,
            &env,
            &format!("CB-{}", cb.id),
            outcome,
            score,
            Some(note),
        )?;
        if r.callback.status == "pending" {
            let at = self.later_working(t, 1);
            self.at(at, Action::Call(source.to_string()));
            return Ok(());
        }
        if let Some(n) = source
            .strip_prefix("T-")
            .and_then(|n| n.parse::<i64>().ok())
        {
            if r.callback.reopened {
                if let Some(p) = self.tickets.get_mut(&n) {
                    p.reopened = true;
                    p.slow = false;
                    p.part = None;
                }
                let at = {
                    let m = 60 + self.rng.below(480) as i64;
                    self.bh(t, m)
                };
                self.at(at, Action::Ticket(n, Step::Redo));
            } else if let Some(p) = self.tickets.get(&n) {
                let (c, k) = (p.customer.clone(), p.category.clone());
                self.release((c, k));
            }
        } else if let Some(n) = source
            .strip_prefix("C-")
            .and_then(|n| n.parse::<i64>().ok())
            && r.callback.reopened
        {
            if let Some(p) = self.complaints.get_mut(&n) {
                p.reopened = true;
                p.late_plan = false;
                p.escalate = false;
            }
            // Back in investigation: the duplicate rule applies to it again.
            let c = complaint::get(self.tx, source)?;
            self.hold((c.customer_id, format!("complaint:{}", c.category)));
            let at = {
                let m = 30 + self.rng.below(240) as i64;
                self.bh(t, m)
            };
            self.at(at, Action::Complaint(n, CStep::Plan));
        }
        Ok(())
    }

    fn open_complaint(&mut self, t: i64) -> Result<()> {
        if self.customers.is_empty() {
            return Ok(());
        }
        let cats = self.policy.policy.complaints.categories.clone();
        if cats.is_empty() {
            return Ok(());
        }
        let ci = self.rng.below(self.customers.len() as u64) as usize;
        let cust = self.customers[ci].id.clone();
        let major = self.rng.chance(10);
        let category = if major && cats.iter().any(|c| c == "quality") {
            "quality".to_string()
        } else {
            self.rng.pick(&cats).clone()
        };
        let pair = (cust.clone(), format!("complaint:{category}"));
        if self.open_pairs.contains_key(&pair) {
            return Ok(());
        }
        let (text, demand) = complaint_text(&category, major);
        let linked = self
            .tickets
            .iter()
            .rev()
            .find(|(_, p)| p.customer == cust)
            .map(|(id, _)| ticket::tid(*id))
            .filter(|_| matches!(category.as_str(), "quality" | "service_attitude"));
        let env = self.env(t, "xiaowang");
        let opened = complaint::open(
            self.tx,
            &env,
            complaint::OpenInput {
                customer: cust.clone(),
                category: category.clone(),
                description: text.to_string(),
                demand: Some(demand.to_string()),
                severity: None,
                ticket: linked,
                serial: None,
                order: None,
                force: false,
            },
        )?;
        let c = opened.complaint;
        self.hold(pair);
        let plan = ComplaintPlan {
            customer: cust,
            late_plan: self.rng.chance(20),
            escalate: self.rng.chance(12),
            compensation: self
                .rng
                .chance(35)
                .then(|| 50 + self.rng.below(10) as u32 * 30),
            major: c.severity == "major",
            reopened: false,
        };
        let first = if plan.escalate {
            CStep::Escalate
        } else {
            CStep::Investigate
        };
        self.complaints.insert(c.id, plan);
        let at = t + (10 + self.rng.below(80) as i64) * 60;
        self.at(at, Action::Complaint(c.id, first));
        Ok(())
    }

    fn complaint_step(&mut self, t: i64, id: i64, step: CStep) -> Result<()> {
        let cid = complaint::entity(id);
        let Some(p) = self.complaints.get(&id) else {
            return Ok(());
        };
        let owner: &'static str = if p.major { "chenjl" } else { "zhangzg" };
        let (late, major, compensation) = (p.late_plan, p.major, p.compensation);
        match step {
            CStep::Escalate => {
                let c = complaint::get(self.tx, &cid)?;
                let top = self.policy.policy.escalation.ladder.len() as i64 - 1;
                if c.escalation_level < top {
                    complaint::escalate(
                        self.tx,
                        &self.env(t, "zhangzg"),
                        &cid,
                        None,
                        "客户情绪激动，要求经理出面处理",
                    )?;
                }
                let at = t + (10 + self.rng.below(60) as i64) * 60;
                self.at(at, Action::Complaint(id, CStep::Investigate));
            }
            CStep::Investigate => {
                complaint::investigate(
                    self.tx,
                    &self.env(t, owner),
                    &cid,
                    "已致电客户了解经过，调取订单与物流记录核实",
                )?;
                let c = complaint::get(self.tx, &cid)?;
                let at = if late {
                    c.plan_due + (2 + self.rng.below(20) as i64) * HOUR
                } else {
                    let room =
                        ((c.plan_due - t) / 60 - 30).clamp(10, if major { 1200 } else { 600 });
                    t + (10 + self.rng.below(room as u64) as i64) * 60
                };
                self.at(at, Action::Complaint(id, CStep::Plan));
            }
            CStep::Plan => {
                let done_by = {
                    let n = 2 + self.rng.below(3);
                    self.later_working(t, n)
                };
                let text = if major {
                    "成立专项小组：上门回收问题产品送检，先行为客户换新并书面说明检测结论"
                } else {
                    "与客户确认处理方案：按诉求安排补发或换货，并在约定时间内回访确认"
                };
                let owner_id = owner;
                complaint::plan(
                    self.tx,
                    &self.env(t, owner),
                    &cid,
                    text,
                    owner_id,
                    &time::fmt_json(done_by, self.policy.tz()),
                )?;
                let at = done_by - (1 + self.rng.below(20) as i64) * HOUR;
                self.at(at.max(t + HOUR), Action::Complaint(id, CStep::Resolve));
            }
            CStep::Resolve => {
                let money = compensation.map(|m| m.to_string());
                complaint::resolve(
                    self.tx,
                    &self.env(t, owner),
                    &cid,
                    "已按方案处理完毕，客户确认收到补发/换货",
                    money.as_deref(),
                )?;
                let src = cid.clone();
                let at = {
                    let n = 1 + self.rng.below(2);
                    self.later_working(t, n)
                };
                self.at(at, Action::Call(src));
                if let Some(p) = self.complaints.get(&id) {
                    // Resolved: the duplicate rule no longer applies to this pair.
                    let c = complaint::get(self.tx, &cid)?;
                    let pair = (p.customer.clone(), format!("complaint:{}", c.category));
                    self.release(pair);
                }
            }
        }
        Ok(())
    }

    fn reorder(&mut self, t: i64) -> Result<()> {
        let env = self.env(t, "chenjl");
        let lines = parts::reorder(self.tx, &env, None)?;
        let (created, _) = po::create_drafts(self.tx, &env, &lines)?;
        for c in created {
            let supplier = store::parts::get_supplier(self.tx, &c.po.supplier)?;
            let lead = supplier.and_then(|s| s.lead_time).unwrap_or(5).max(1);
            self.at(t + 2 * HOUR, Action::SendPo(c.po.id));
            let d = self.date(t + lead * DAY);
            let arrive = self.clock(d, 14, 0);
            self.at(arrive, Action::ReceivePo(c.po.id));
        }
        Ok(())
    }

    fn receive(&mut self, t: i64, id: i64) -> Result<()> {
        let env = self.env(t, "chenjl");
        let (_, moves) = po::receive(self.tx, &env, &po::po_id(id), &[])?;
        for m in moves {
            let waiting = self.waiting_parts.remove(&m.sku).unwrap_or_default();
            for (k, tid) in waiting.into_iter().enumerate() {
                let at = self.bh(t, 30 + 20 * k as i64);
                self.at(at, Action::Ticket(tid, Step::Resume));
            }
        }
        Ok(())
    }

    fn stocktake(&mut self, t: i64) -> Result<()> {
        let env = self.env(t, "zhangzg");
        for sku in ["FLT-HEPA", "VLV-WH50"] {
            if let Some(p) = store::parts::get_part(self.tx, sku)? {
                let counted = (p.on_hand + self.rng.below(3) as i64 - 1).max(0);
                parts::count(self.tx, &env, sku, counted)?;
            }
        }
        Ok(())
    }

    fn scrap(&mut self, t: i64) -> Result<()> {
        let env = self.env(t, "zhangzg");
        let sku = *self.rng.pick(&["FLT-HEPA", "BRS-RC8", "VLV-WH50"]);
        if store::parts::get_part(self.tx, sku)?.is_some_and(|p| p.on_hand > 1) {
            let reason = *self.rng.pick(&[
                "仓库受潮，滤材发霉无法使用",
                "运输途中外包装挤压变形，无法装机",
            ]);
            parts::scrap(self.tx, &env, sku, 1, Some(reason))?;
        }
        Ok(())
    }

    /// A part listed in the last days whose first delivery was short: it is below
    /// its reorder point, so `parts reorder` has something to propose.
    fn new_part(&mut self, t: i64) -> Result<()> {
        let env = self.env(t, "chenjl");
        if store::parts::part_exists(self.tx, "RMT-TV55")? {
            return Ok(());
        }
        let p = parts::add(
            self.tx,
            &env,
            "RMT-TV55",
            parts::PartInput {
                name: Some("电视遥控器".into()),
                model_fit: Some("TV-55".into()),
                unit_cost: Some(35.0),
                supplier: Some("huanan".into()),
                location: Some("A-04".into()),
                min: Some(5),
                max: Some(15),
                pack: Some(5),
                ..parts::PartInput::default()
            },
        )?;
        parts::receive(self.tx, &env, &p.sku, 2, None, None)?;
        Ok(())
    }
}
