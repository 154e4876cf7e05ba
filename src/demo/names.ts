import type { Rng } from "./random.ts";
import { words } from "./words.ts";

/** Common surnames, roughly in order of frequency (so early ones are picked more often). */
const surnames = words(
  "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 高 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 潘 袁 蔡 蒋 余 于 杜 叶 程 魏 苏 吕 丁 任 卢 姚 沈 钟 姜 崔 谭 陆 范 汪 廖 石 金 韦 贾 夏 付 方 邹 熊 白 孟 秦 邱 侯 江 尹 薛 闫 段 雷 龙 黎 史 陶 贺 毛 郝 顾 龚 邵",
);

/** Characters that read well in given names of children born around 2015–2020. */
const givenChars = words(
  "子 梓 涵 浩 宇 轩 欣 怡 一 诺 雨 泽 思 博 文 佳 琪 俊 杰 晨 睿 悦 可 馨 嘉 铭 瑞 安 若 汐 天 明 乐 萱 彤 心 语 航 辰 逸 然 奕 皓 宸 书 瑶 依 诗 沐 阳 昊 煜 晗 钰 楠 家 雅 静 昕 哲 梦 妍 灏 凯 远 明 清 星 月 芊 羽 霖 骏 恺 锦",
);

/** Given-name characters more usual for adults (the teachers). */
const adultChars = words(
  "建 华 丽 敏 静 军 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 英 芳 燕 红 伟 磊 洋 峰 婷 晶 琳 斌",
);

function surname(rng: Rng): string {
  // Skew toward the frequent surnames the way a real class list looks.
  const i = Math.floor(rng.next() ** 1.6 * surnames.length);
  return surnames[i] ?? "王";
}

/** A pupil's name: surname plus one or (usually) two given-name characters. */
export function childName(rng: Rng): string {
  const first = rng.pick(givenChars);
  return rng.chance(0.8) ? surname(rng) + first + rng.pick(givenChars) : surname(rng) + first;
}

/** A teacher's or an author's name. */
export function adultName(rng: Rng): string {
  const first = rng.pick(adultChars);
  return rng.chance(0.6) ? surname(rng) + first + rng.pick(adultChars) : surname(rng) + first;
}
