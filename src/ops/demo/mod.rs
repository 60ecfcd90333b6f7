//! `svc init --demo`: a believable desk made by the product's own operations
//! (so it obeys every rule), deterministic for a given `--now`: staff,
//! products, suppliers and parts, then six months of activity before `--now`.

mod activity;

use rusqlite::Transaction;

use crate::error::{self, Result};
use crate::ops::Env;
use crate::ops::customer::{self, ProductInput};
use crate::ops::staff::{self, NewStaff};

/// A small deterministic generator (SplitMix64), seeded from `--now`.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in 0..n (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
    "何", "林", "罗", "高",
];
const GIVEN: &[&str] = &[
    "伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超",
    "秀英", "丽", "强", "晨", "欣怡",
];
const REGIONS: &[(&str, &str)] = &[
    ("深圳", "广东省深圳市南山区科技园"),
    ("广州", "广东省广州市天河区体育西路"),
    ("上海", "上海市浦东新区张江路"),
    ("北京", "北京市海淀区中关村大街"),
    ("杭州", "浙江省杭州市西湖区文三路"),
];

/// Demo products: model, name, category, manufacturer service contact.
pub const PRODUCTS: &[(&str, &str, &str, &str)] = &[
    (
        "AT-100",
        "静音空气净化器 AT-100",
        "appliance",
        "安泰售后 400-800-1100",
    ),
    (
        "AT-200",
        "智能空气净化器 AT-200",
        "appliance",
        "安泰售后 400-800-1100",
    ),
    (
        "WH-50",
        "即热式电热水器 WH-50",
        "appliance",
        "暖居服务 400-820-5050",
    ),
    (
        "FR-300",
        "双门冰箱 FR-300",
        "appliance",
        "冰峰客服 400-699-3000",
    ),
    (
        "TV-55",
        "55 英寸液晶电视 TV-55",
        "electronics",
        "星屏服务 400-100-5555",
    ),
    (
        "RC-8",
        "扫地机器人 RC-8",
        "appliance",
        "洁宝售后 400-886-0808",
    ),
    (
        "KB-1",
        "家用净水器 KB-1",
        "appliance",
        "清泉服务 400-660-0101",
    ),
];

/// Staff of the demo desk: id, name, role, skills, region.
pub const STAFF: &[(&str, &str, &str, &str, &str)] = &[
    ("xiaoli", "李晓", "agent", "", "深圳"),
    ("xiaowang", "王小芳", "agent", "", "上海"),
    ("zhangzg", "张主管", "supervisor", "", "深圳"),
    ("chenjl", "陈经理", "manager", "", "深圳"),
    (
        "liugong",
        "刘工",
        "engineer",
        "no_power,noise,leak,overheat,install",
        "深圳",
    ),
    (
        "zhaogong",
        "赵工",
        "engineer",
        "display,software,no_power,noise",
        "广州",
    ),
    (
        "sungong",
        "孙工",
        "engineer",
        "leak,install,physical_damage,missing_parts",
        "上海",
    ),
    (
        "hugong",
        "胡工",
        "engineer",
        "noise,display,overheat,software",
        "北京",
    ),
    (
        "yangjs",
        "杨技术",
        "tech_support",
        "noise,display,software,overheat",
        "杭州",
    ),
    ("caiwu", "财务小吴", "finance", "", "深圳"),
];

/// A Chinese name: surname and given name.
fn person_name(rng: &mut Rng) -> String {
    format!("{}{}", rng.pick(SURNAMES), rng.pick(GIVEN))
}

/// How far back the demo's activity reaches.
pub const MONTHS: i64 = 6;

/// Load the demo desk. Refuses a database that already has customers unless `force`.
pub fn load(tx: &Transaction, env: &Env, force: bool) -> Result<()> {
    let has_data = crate::store::customer::any_customer(tx)?;
    if has_data && !force {
        return Err(error::refused(
            "the database already has customers: demo data goes into a fresh database",
        )
        .hint("use a new --db file, or add --force to load it anyway"));
    }
    let tz = env.policy.tz();
    let start = crate::domain::time::zoned(env.now, tz)
        .checked_sub(jiff::Span::new().months(MONTHS))
        .map_or(env.now - MONTHS * 30 * 86_400, |z| {
            z.timestamp().as_second()
        });
    // The desk was set up a little before its first recorded month.
    let setup = Env {
        policy: env.policy,
        now: start - 30 * 86_400,
        actor: env.actor,
    };
    for (id, name, role, skills, region) in STAFF {
        if crate::store::staff::get(tx, id)?.is_none() {
            staff::add(
                tx,
                &setup,
                NewStaff {
                    id: id.to_string(),
                    name: name.to_string(),
                    role: role.to_string(),
                    skills: skills
                        .split(',')
                        .filter(|s| !s.is_empty())
                        .map(str::to_string)
                        .collect(),
                    region: Some(region.to_string()),
                    dept: None,
                },
            )?;
        }
    }
    for (model, name, category, contact) in PRODUCTS {
        if crate::store::customer::get_product(tx, model)?.is_none() {
            customer::add_product(
                tx,
                &setup,
                ProductInput {
                    model: model.to_string(),
                    name: name.to_string(),
                    category: Some(category.to_string()),
                    manufacturer_contact: Some(contact.to_string()),
                },
            )?;
        }
    }
    crate::ops::parts::demo(tx, &setup)?;
    let rng = Rng::new(env.now as u64 ^ 0x5356_4344_454D_4F00);
    activity::Sim::new(tx, env.policy, rng, env.now).run(start)
}
