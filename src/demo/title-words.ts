import type { PublisherKey } from "./isbn.ts";
import { wordMap, words } from "./words.ts";

/** One kind of generated book: how its titles are made, where it is shelved, who reads it. */
export interface Genre {
  name: string;
  /** Title parts; a title is one word from each list, in order. */
  parts: readonly (readonly string[])[];
  /** 中图法 class, or one per word of `parts[1]` (the topic) for topic-specific classes. */
  clc: string | Readonly<Record<string, string>>;
  grades: readonly (readonly [number, number])[];
  publishers: readonly PublisherKey[];
  /** Share of generated titles in this genre; the shares add up to 1. */
  weight: number;
  byline: "author" | "editor";
}

const animals = words(
  "小熊 小兔 狐狸 小猪 刺猬 企鹅 长颈鹿 小象 松鼠 小猫 小狗 蚂蚁 蜗牛 乌龟 猫头鹰 小鸭 青蛙 鼹鼠 小鹿 老鼠 大灰狼 小熊猫 海豚 蝴蝶 萤火虫 小鸡 河马 狮子 小羊 蜜蜂",
);

const scienceClc = wordMap(
  "恐龙=Q915-49 太空=V11-49 海洋=P7-49 昆虫=Q96-49 植物=Q94-49 人体=R32-49 天气=P4-49 火山=P317-49 地球=P183-49 宇宙=P159-49 鸟类=Q959.7-49 森林=S7-49 机器人=TP242-49 电与磁=O441-49 声音=O42-49 光=O43-49 数学=O1-49 化学=O6-49 星座=P151-49 岩石=P583-49 河流=P941.77-49 沙漠=P941.73-49 极地=P941.61-49 微生物=Q93-49 航天=V4-49 交通工具=U-49 桥梁=U44-49 建筑=TU-49 发明=N19-49 能源=TK01-49 环境保护=X-49 动物=Q95-49 细菌=Q939.1-49 海洋生物=Q178.53-49 地震=P315-49",
);

const historyClc = wordMap(
  "唐朝=K242.09 宋朝=K244.09 汉朝=K234.09 明朝=K248.09 清朝=K249.09 春秋战国=K225.09 秦朝=K233.09 丝绸之路=K203 长城=K928.77 故宫=K928.74 四大发明=N092 古代科学家=K826.1 节日民俗=K892.1 二十四节气=P462 汉字=H12 书法=J292.1 京剧=J821 中医=R2-49 古代建筑=TU-092.2 传统美食=TS971.2 三国英雄=K236.09 大运河=K928.42 敦煌=K879.21 兵马俑=K878.9 青铜器=K876.41 古代钱币=K875.6 诗人=K825.6 黄河=K928.42 中国地理=K92-49 世界地理=K91-49",
);

/** The genres of generated titles. */
export const genres: readonly Genre[] = [
  {
    name: "fairy-tale",
    parts: [
      words(
        "勇敢的 爱哭的 好奇的 胆小的 爱唱歌的 贪吃的 迷路的 会飞的 不睡觉的 快乐的 聪明的 粗心的 爱画画的 害羞的 最小的 调皮的 神奇的 爱读书的 爱跳舞的 没有尾巴的 戴帽子的 会魔法的 爱笑的 不一样的",
      ),
      animals,
      words(
        "去旅行 找妈妈 过生日 开商店 学游泳 种星星 搬新家 看大海 找朋友 上学记 的一天 历险记 的秘密 和月亮 的大冒险 当邮差 的雨伞 数星星 过冬天 的新衣服 去远方 开火车",
      ),
    ],
    clc: "I287.7",
    grades: [
      [1, 3],
      [1, 4],
      [2, 4],
    ],
    publishers: ["esyj", "zjsn", "hnsn", "mtcb", "jlcb", "zgsn", "ttcb", "xlcb"],
    weight: 0.33,
    byline: "author",
  },
  {
    name: "picture-book",
    parts: [
      words("- 我的 你好， 晚安， 谢谢你， 抱抱 等一等， 跟着 一起找 大大的"),
      animals,
      words("- 宝宝 妈妈 爸爸 和我 先生 一家 的家 去哪儿 睡着了"),
    ],
    clc: "I287.8",
    grades: [[1, 2]],
    publishers: ["mtcb", "jlcb", "esyj", "xlcb"],
    weight: 0.08,
    byline: "author",
  },
  {
    name: "novel",
    parts: [
      words("- 那年 我在 回到 寻找 梦回 告别 住在"),
      words(
        "槐树巷 外婆家 青石镇 小河边 山那边 麦田里 老街 江南小镇 草原上 海岛上 胡同里 水乡 山村 雪山下 灯塔边 湖畔 竹林里 果园里 城墙下 银杏树下 操场上 小站 渡口 石桥边 葡萄架下 茶山 河湾 北方小城 铁路边 沙滩上 梧桐街 芦苇荡",
      ),
      ["的"],
      words(
        "夏天 少年 风筝 小船 约定 秘密 足球队 毕业季 读书声 那棵树 白鸽 歌谣 童年 灯火 晚霞 钟声 小书店 小提琴 月亮 孩子们 马戏团 守望者 雪人 信 自行车 萤火 朋友 冬天 鸽哨 向日葵 蝉鸣 船歌",
      ),
    ],
    clc: "I287.45",
    grades: [
      [3, 6],
      [4, 9],
      [3, 7],
    ],
    publishers: ["jssn", "zgsn", "esyj", "zjsn", "ttcb", "zjcb", "xlcb", "bjsn"],
    weight: 0.22,
    byline: "author",
  },
  {
    name: "science",
    parts: [
      words(
        "- 给孩子的 少儿 趣味 走进 探秘 图说 我的第一本 神奇的 好玩的 画给孩子的 揭秘 科学家讲 小学生",
      ),
      Object.keys(scienceClc),
      words(
        "百科 大揭秘 的奥秘 小实验 十万问 图鉴 探索之旅 知识问答 漫画 绘本 大发现 全知道 故事 手册",
      ),
    ],
    clc: scienceClc,
    grades: [
      [2, 6],
      [3, 9],
      [1, 4],
    ],
    publishers: ["kxpj", "sesn", "dbk", "zgsn", "hnsn", "jlcb"],
    weight: 0.23,
    byline: "editor",
  },
  {
    name: "history",
    parts: [
      words("- 少年读 给孩子讲 漫画 图说 有趣的 写给孩子的 穿越"),
      Object.keys(historyClc),
      words("的故事 那些事 趣谈 简史 小百科 漫游记 里的中国 之旅 三百问 传奇 大图鉴 密码"),
    ],
    clc: historyClc,
    grades: [
      [3, 9],
      [4, 9],
      [3, 6],
    ],
    publishers: ["zhsj", "sesn", "zgsn", "bjsn", "rmjy"],
    weight: 0.1,
    byline: "author",
  },
  {
    name: "poems",
    parts: [
      words("- 写给 唱给"),
      words(
        "春天 夏天 秋天 冬天 下雨天 星星 月亮 大海 田野 妈妈 童年 早晨 回家路上 小树 风 雪花 小河 森林 太阳 云朵 外婆 课堂 蒲公英 小鸟",
      ),
      words("的诗 的歌 的童谣 的小诗 的诗集 的儿歌"),
    ],
    clc: "I287.2",
    grades: [
      [1, 4],
      [2, 6],
    ],
    publishers: ["esyj", "zjsn", "rmwx", "ttcb"],
    weight: 0.04,
    byline: "author",
  },
];
